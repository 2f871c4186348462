import { assetCheck } from './defineCheck';
import { fail, pass, stale } from './outcomes';
import { kindOfRef, refOf } from './refs';

/**
 * The asset is owned by a business team — the group whose outcome it
 * serves — and not by a coordination group (the centralization trap), a
 * guild (guilds curate, they do not own) or a single person.
 */
export const ownerBusinessTeam = assetCheck({
  id: 'owner-business-team',
  title: 'Owned by a business team',
  description:
    'spec.owner is a team Group in the catalog, not a coordination group (central AI / platform team), a guild or a person: the business owns the outcome.',
  evaluate(asset, { catalog, settings }) {
    const owner = refOf(asset.spec.owner, 'group');
    if (!owner) {
      return fail(
        'spec.owner is not an entity ref',
        'Set spec.owner to the business team that owns the outcome',
      );
    }
    if (kindOfRef(owner) !== 'group') {
      return fail(
        `Owned by ${owner}, a person, not a team`,
        'Set spec.owner to the business team that owns the outcome',
      );
    }
    if (settings.coordinationGroups.has(owner)) {
      return fail(
        `Owned by ${owner}, a coordination group: the central team should enable, not own`,
        'Hand ownership to the business team whose number it moves; name the central team as technicalSponsor',
      );
    }
    const group = catalog.groups.get(owner);
    if (!group) {
      return stale(
        `Owner ${owner} is no longer in the catalog`,
        'Set spec.owner to the team that owns it now',
      );
    }
    if (group.type === 'guild') {
      return fail(
        `Owned by ${owner}, a guild: guilds curate, business teams own`,
        'Set spec.owner to a business team and keep the guild in spec.guild',
      );
    }
    return pass(`Owned by ${owner}`);
  },
});
