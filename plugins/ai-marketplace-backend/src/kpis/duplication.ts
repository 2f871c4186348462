import { DuplicationRate } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore } from '../database/KpiStore';
import { windowBounds } from '../service/window';
import { KpiRequest, ownedAssets, share } from './kpiRequest';

/**
 * Duplication rate: of the assets in the catalog at the end of the window
 * (owned by `team`, of `function` / `guild`), the share that the last
 * near-duplicate detection run put in a cluster with an item of another
 * owner. The clusters are the last run's, whatever the window.
 */
export async function duplication(
  store: KpiStore,
  request: KpiRequest,
): Promise<DuplicationRate> {
  const { end } = windowBounds(request.window);
  const { assets, duplicatedAssets, detectedAt } = await store.duplication(
    end,
    ownedAssets(request),
  );
  return {
    assets,
    duplicatedAssets,
    rate: share(duplicatedAssets, assets),
    detectedAt: detectedAt?.toISOString() ?? null,
  };
}
