import { dayCount, daysSinceDay } from './days';
import { assetCheck } from './defineCheck';
import { fail, notApplicable, pass, stale } from './outcomes';
import { refOf } from './refs';

/**
 * A team other than the owner copied, adopted, forked or invoked the asset
 * within the reuse cadence (default 90 days). Reuse that stopped longer ago
 * is `stale`: the asset was reusable once.
 */
export const reusedByAnotherTeam = assetCheck({
  id: 'reused-by-another-team',
  title: 'Reused by another team',
  description:
    'A team other than the owner copied, adopted, forked or invoked it within the reuse cadence (default 90 days). Deprecated assets are not expected to be reused.',
  evaluate(asset, { records, settings, now }) {
    if (asset.spec.lifecycle === 'deprecated') {
      return notApplicable('Deprecated: nobody should adopt it');
    }
    const owner = refOf(asset.spec.owner, 'group');
    let teams = 0;
    let latest: string | undefined;
    const cadence = settings.defaultCadenceDays.reuse;
    for (const [team, day] of records.lastUseByTeam) {
      if (team === owner) {
        continue;
      }
      if (daysSinceDay(day, now) <= cadence) {
        teams += 1;
      }
      if (!latest || day > latest) {
        latest = day;
      }
    }
    if (teams) {
      return pass(
        `Used by ${teams} other team${
          teams === 1 ? '' : 's'
        } in the last ${dayCount(cadence)}`,
      );
    }
    if (latest) {
      return stale(
        `Last used by another team on ${latest}, more than ${dayCount(
          cadence,
        )} ago`,
        'Find out why teams stopped using it; update it or retire it',
      );
    }
    return fail(
      'No other team has used it',
      'Make it findable: describe it, tag it, and ask its guild to feature it',
    );
  },
});
