import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import { KpiSummary } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../api';
import { DayWindow, splitWindow } from '../lib/kpiWindow';
import { InsightsQuery } from './useInsightsFilters';

/** How many consecutive sub-windows a KPI trend is drawn from. */
export const KPI_TREND_POINTS = 6;

/** One point of a trend: the KPI summary over one sub-window. */
export type KpiSummaryPoint = { window: DayWindow; summary: KpiSummary };

/** The KPI summary over the whole window, and over its consecutive parts. */
export type KpiSummaryTrend = {
  overall: KpiSummary;
  points: KpiSummaryPoint[];
};

/**
 * `GET /kpis/summary` for the window and, in parallel, for each of its
 * consecutive sub-windows: the backend keeps no KPI history, so a trend is
 * the KPI computed over the parts of the window, oldest first.
 */
export function useKpiSummaryTrend(
  query: InsightsQuery,
  points: number = KPI_TREND_POINTS,
) {
  const api = useApi(marketplaceApiRef);
  return useAsyncRetry(async (): Promise<KpiSummaryTrend> => {
    const windows = splitWindow(query, points);
    const [overall, ...parts] = await Promise.all([
      api.getKpi('summary', query),
      ...windows.map(window => api.getKpi('summary', { ...query, ...window })),
    ]);
    return {
      overall,
      points: parts.map((summary, i) => ({ window: windows[i], summary })),
    };
  }, [api, query, points]);
}
