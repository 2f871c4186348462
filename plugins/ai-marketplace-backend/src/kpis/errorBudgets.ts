import {
  ERROR_BUDGET_STATUSES,
  ErrorBudgetsKpi,
  ErrorBudgetStatus,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore } from '../database/KpiStore';
import { windowBounds } from '../service/window';
import { subtractIsoDuration } from './isoDuration';
import { KpiRequest, ownedAssets, scopeOf } from './kpiRequest';
import { compareText } from '../service/compareText';

/** Incident severities, worst first. */
const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'];

function worse(x: string | null, y: string): string {
  if (x === null) {
    return y;
  }
  const rank = (s: string) =>
    SEVERITIES.includes(s) ? SEVERITIES.indexOf(s) : SEVERITIES.length;
  return rank(y) < rank(x) ? y : x;
}

function statusOf(budget: number | null, incidents: number): ErrorBudgetStatus {
  if (budget === null) {
    return 'no-budget';
  }
  if (incidents > budget) {
    return 'exceeded';
  }
  // A budget of none with no incident is kept, not used up.
  return incidents === budget && budget > 0 ? 'exhausted' : 'within';
}

/**
 * Error-budget status per workflow in the catalog at the end of the window
 * (owned by `team`, of `function` / `guild`): the incidents in its
 * `errorBudget.period` ending with the window (`to` included) against
 * `errorBudget.incidents`. A workflow without a budget, or with a period
 * that is not an ISO-8601 duration, is `no-budget`, its incidents counted
 * over the window. Items: exceeded first, the least budget left first.
 */
export async function errorBudgets(
  store: KpiStore,
  request: KpiRequest,
  limit: number,
): Promise<ErrorBudgetsKpi> {
  const { start, end } = windowBounds(request.window);
  const filter = ownedAssets(request);
  // Few distinct periods: each is turned into an instant once.
  const periodStarts = new Map<string, Date | undefined>();
  const workflows = (await store.workflowBudgets(end, filter)).map(w => {
    if (w.period !== null && !periodStarts.has(w.period)) {
      periodStarts.set(w.period, subtractIsoDuration(end, w.period));
    }
    const periodStart =
      w.incidents === null || w.period === null
        ? undefined
        : periodStarts.get(w.period);
    return {
      entityRef: w.entityRef,
      budget: periodStart ? w.incidents : null,
      period: periodStart ? w.period : null,
      periodStart: periodStart ?? start,
      incidents: 0,
      worstSeverity: null as string | null,
    };
  });
  const since = new Date(
    workflows.reduce(
      (earliest, w) => Math.min(earliest, w.periodStart.getTime()),
      start.getTime(),
    ),
  );
  // Instants as numbers: thousands of comparisons.
  const windowStart = start.getTime();
  const byRef = new Map(
    workflows.map(w => [w.entityRef, { w, from: w.periodStart.getTime() }]),
  );
  let incidentsInWindow = 0;
  for (const incident of await store.incidents({ since, until: end, filter })) {
    const occurredAt = incident.occurredAt.getTime();
    if (occurredAt >= windowStart) {
      incidentsInWindow += 1;
    }
    const counted = byRef.get(incident.entityRef);
    if (counted && occurredAt >= counted.from) {
      counted.w.incidents += 1;
      counted.w.worstSeverity = worse(
        counted.w.worstSeverity,
        incident.severity,
      );
    }
  }

  const items = workflows.map(w => {
    const status = statusOf(w.budget, w.incidents);
    return {
      w,
      status,
      rank: ERROR_BUDGET_STATUSES.indexOf(status),
      remaining: w.budget === null ? null : w.budget - w.incidents,
    };
  });
  const shown = items
    .sort(
      (x, y) =>
        x.rank - y.rank ||
        (x.remaining ?? 0) - (y.remaining ?? 0) ||
        y.w.incidents - x.w.incidents ||
        compareText(x.w.entityRef, y.w.entityRef),
    )
    .slice(0, limit);
  const assets = await store.assetsByRef(shown.map(item => item.w.entityRef));
  const totals = Object.fromEntries(
    ERROR_BUDGET_STATUSES.map(status => [status, 0]),
  ) as Record<ErrorBudgetStatus, number>;
  items.forEach(item => {
    totals[item.status] += 1;
  });

  return {
    ...scopeOf(request),
    totals: { workflows: items.length, ...totals, incidentsInWindow },
    items: shown.map(({ w, status, remaining }) => ({
      ...assets.get(w.entityRef)!,
      status,
      budget: w.budget,
      period: w.period,
      periodStart: w.periodStart.toISOString(),
      incidents: w.incidents,
      remaining,
      worstSeverity: w.worstSeverity,
    })),
  };
}
