import { TimeToFirstExperimentKpi } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore } from '../database/KpiStore';
import { KpiRequest, ownedAssets, scopeOf } from './kpiRequest';

const DAY_MS = 86_400_000;

/** Days to one decimal. */
const roundDays = (days: number) => Math.round(days * 10) / 10;

/**
 * A percentile of sorted values, interpolating between the two nearest
 * ranks (so the median of an even count is the mean of the middle two).
 */
export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) {
    return null;
  }
  const rank = (sorted.length - 1) * p;
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
}

/**
 * Time to first experiment: for the assets (owned by `team`) whose first
 * experiment by any team started in the window, the days from their
 * registration — when the catalog snapshot first saw them — to that start.
 * An experiment that started before the snapshot saw its asset says the
 * asset predates the snapshot, so its registration is unknown: it is
 * counted apart, not as zero days.
 */
export async function timeToFirstExperiment(
  store: KpiStore,
  request: KpiRequest,
): Promise<TimeToFirstExperimentKpi> {
  const { tried, untried } = await store.firstExperiments({
    window: request.window,
    filter: ownedAssets(request),
  });
  const days = tried
    .map(
      ({ firstSeenAt, firstStartedAt }) =>
        (firstStartedAt.getTime() - firstSeenAt.getTime()) / DAY_MS,
    )
    .filter(d => d >= 0)
    .sort((x, y) => x - y);
  const round = (value: number | null) =>
    value === null ? null : roundDays(value);
  return {
    ...scopeOf(request),
    assets: days.length,
    medianDays: round(percentile(days, 0.5)),
    p90Days: round(percentile(days, 0.9)),
    meanDays: round(
      days.length ? days.reduce((sum, d) => sum + d, 0) / days.length : null,
    ),
    untried,
    startedBeforeRegistration: tried.length - days.length,
  };
}
