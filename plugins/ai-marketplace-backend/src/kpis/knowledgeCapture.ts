import { KnowledgeCaptureKpi } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore } from '../database/KpiStore';
import { assetAttributes, KpiRequest, scopeOf, share } from './kpiRequest';

/**
 * Knowledge-capture rate: of the experiments finished in the window (run by
 * `team`, on assets of `function` / `guild`), the share with a link to
 * documented learnings.
 */
export async function knowledgeCapture(
  store: KpiStore,
  request: KpiRequest,
): Promise<KnowledgeCaptureKpi> {
  const { finished, withLearnings } = await store.experimentFinishes({
    window: request.window,
    filter: { teamRef: request.team, assets: assetAttributes(request) },
  });
  return {
    ...scopeOf(request),
    finished,
    withLearnings,
    rate: share(withLearnings, finished),
  };
}
