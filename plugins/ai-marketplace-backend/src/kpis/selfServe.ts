import { SelfServeKpi } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore } from '../database/KpiStore';
import { assetAttributes, KpiRequest, scopeOf, share } from './kpiRequest';

/**
 * Self-serve rate: of the experiments started in the window (run by
 * `team`, on assets of `function` / `guild`), the share run without the
 * central AI team, among those where the team has said so.
 */
export async function selfServe(
  store: KpiStore,
  request: KpiRequest,
): Promise<SelfServeKpi> {
  const counts = await store.experimentStarts({
    window: request.window,
    filter: { teamRef: request.team, assets: assetAttributes(request) },
  });
  return {
    ...scopeOf(request),
    experiments: counts.selfServe + counts.assisted + counts.unknown,
    ...counts,
    rate: share(counts.selfServe, counts.selfServe + counts.assisted),
  };
}
