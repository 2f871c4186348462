import { TopAssetsKpi } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore } from '../database/KpiStore';
import { KpiRequest, ownedAssets, scopeOf } from './kpiRequest';

/**
 * The top reused assets: those a team other than the owner used in the
 * window (owned by `team`), most events of any team first, with how many
 * other teams used each and their events.
 */
export async function topAssets(
  store: KpiStore,
  request: KpiRequest,
  limit: number,
): Promise<TopAssetsKpi> {
  const uses = await store.topReusedAssets({
    window: request.window,
    filter: ownedAssets(request),
    limit,
  });
  return {
    ...scopeOf(request),
    items: uses.map(({ asset, byType, teams }) => {
      const others = teams.filter(team => team.teamRef !== asset.ownerRef);
      return {
        ...asset,
        events: Object.values(byType).reduce((sum, n) => sum + n, 0),
        byType,
        consumingTeams: others.length,
        consumingTeamEvents: others.reduce((sum, team) => sum + team.events, 0),
      };
    }),
  };
}
