import { ReuseMatrixKpi } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore } from '../database/KpiStore';
import { assetAttributes, KpiRequest, scopeOf } from './kpiRequest';

/**
 * The producer × consumer team matrix: events of each consuming team on the
 * assets of each owning (producing) team, in the window. `team` keeps the
 * flows where it produces or consumes; `function` / `guild` are the assets'.
 * Cells are the cross-team flows only; totals also count the producers' use
 * of their own assets.
 */
export async function reuseMatrix(
  store: KpiStore,
  request: KpiRequest,
  limit: number,
): Promise<ReuseMatrixKpi> {
  const flows = await store.teamFlows({
    window: request.window,
    filter: assetAttributes(request),
    team: request.team,
    limit,
  });
  return { ...scopeOf(request), ...flows };
}
