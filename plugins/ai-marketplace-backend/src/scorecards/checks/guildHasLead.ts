import { libraryCheck } from './defineCheck';
import { fail, pass, stale } from './outcomes';
import { refOf } from './refs';

/**
 * A guild curates the library and someone leads that guild: the guild's
 * `ai-marketplace.io/guild-leads` names people who are still in the catalog.
 */
export const guildHasLead = libraryCheck({
  id: 'guild-has-lead',
  title: 'Curated by a guild with a lead',
  description:
    'spec.guild names a Group of type guild whose ai-marketplace.io/guild-leads annotation names at least one User in the catalog.',
  evaluate(library, { catalog }) {
    if (!library.spec.guild) {
      return fail(
        'No curating guild',
        'Name the guild that curates the library in spec.guild',
      );
    }
    const guildRef = refOf(library.spec.guild, 'group') ?? library.spec.guild;
    const guild = catalog.groups.get(guildRef);
    if (!guild) {
      return stale(
        `Guild ${guildRef} is not in the catalog (any more)`,
        'Point spec.guild at the guild that curates the library today',
      );
    }
    if (guild.type !== 'guild') {
      return fail(
        `${guildRef} is not a guild (spec.type: ${guild.type ?? 'none'})`,
        'Point spec.guild at a Group with spec.type: guild',
      );
    }
    if (!guild.leads.length) {
      return fail(
        `Guild ${guildRef} names no leads`,
        `Name the leads in the ai-marketplace.io/guild-leads annotation of ${guildRef}`,
      );
    }
    const present = guild.leads.filter(lead => catalog.users.has(lead));
    if (!present.length) {
      return stale(
        `None of the leads of ${guildRef} is in the catalog (any more)`,
        `Update the ai-marketplace.io/guild-leads annotation of ${guildRef}`,
      );
    }
    return pass(`Curated by ${guildRef}, led by ${present.join(', ')}`);
  },
});
