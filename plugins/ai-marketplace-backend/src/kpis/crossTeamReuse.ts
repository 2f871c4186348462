import {
  CrossTeamReuseKpi,
  KpiGroupBy,
  ReuseRate,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { AssetReuseGroup, KpiStore } from '../database/KpiStore';
import { KpiRequest, ownedAssets, scopeOf, share } from './kpiRequest';
import { compareText } from '../service/compareText';

function reuseRate(group: Omit<AssetReuseGroup, 'key'>): ReuseRate {
  return {
    assets: group.assets,
    reusedAssets: group.reusedAssets,
    rate: share(group.reusedAssets, group.assets),
    events: group.events,
  };
}

/**
 * Cross-team reuse: of the assets in the catalog at some time in the window
 * (owned by `team`, of `function` / `guild`), the share that a team other
 * than the owner used in the window. With `groupBy`, the same per owning
 * team, function or guild; each asset is in exactly one group, so the
 * groups add up to the totals.
 */
export async function crossTeamReuse(
  store: KpiStore,
  request: KpiRequest,
  groupBy?: KpiGroupBy,
): Promise<CrossTeamReuseKpi> {
  const groups = await store.assetReuse({
    window: request.window,
    filter: ownedAssets(request),
    groupBy: groupBy === 'team' ? 'owner' : groupBy,
  });
  const total = groups.reduce(
    (sum, group) => ({
      assets: sum.assets + group.assets,
      reusedAssets: sum.reusedAssets + group.reusedAssets,
      events: sum.events + group.events,
    }),
    { assets: 0, reusedAssets: 0, events: 0 },
  );
  return {
    ...scopeOf(request),
    ...reuseRate(total),
    ...(groupBy
      ? {
          groupBy,
          groups: groups
            .filter(group => group.assets > 0)
            .map(group => ({ group: group.key, ...reuseRate(group) }))
            .sort(
              (x, y) =>
                y.assets - x.assets ||
                compareText(x.group ?? '', y.group ?? ''),
            ),
        }
      : {}),
  };
}
