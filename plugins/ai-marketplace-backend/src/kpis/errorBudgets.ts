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
  const byRef = new Map(workflows.map(w => [w.entityRef, w]));
  let incidentsInWindow = 0;
  for (const incident of await store.incidents({ since, until: end, filter })) {
    const workflow = byRef.get(incident.entityRef);
    if (incident.occurredAt >= start) {
      incidentsInWindow += 1;
    }
    if (workflow && incident.occurredAt >= workflow.periodStart) {
      workflow.incidents += 1;
      workflow.worstSeverity = worse(workflow.worstSeverity, incident.severity);
    }
  }

  const items = workflows.map(w => ({
    ...w,
    status: statusOf(w.budget, w.incidents),
    remaining: w.budget === null ? null : w.budget - w.incidents,
  }));
  const order = (status: ErrorBudgetStatus) =>
    ERROR_BUDGET_STATUSES.indexOf(status);
  const shown = items
    .sort(
      (x, y) =>
        order(x.status) - order(y.status) ||
        (x.remaining ?? 0) - (y.remaining ?? 0) ||
        y.incidents - x.incidents ||
        compareText(x.entityRef, y.entityRef),
    )
    .slice(0, limit);
  const assets = await store.assetsByRef(shown.map(w => w.entityRef));

  return {
    ...scopeOf(request),
    totals: {
      workflows: items.length,
      ...(Object.fromEntries(
        ERROR_BUDGET_STATUSES.map(status => [
          status,
          items.filter(item => item.status === status).length,
        ]),
      ) as Record<ErrorBudgetStatus, number>),
      incidentsInWindow,
    },
    items: shown.map(w => ({
      ...assets.get(w.entityRef)!,
      status: w.status,
      budget: w.budget,
      period: w.period,
      periodStart: w.periodStart.toISOString(),
      incidents: w.incidents,
      remaining: w.remaining,
      worstSeverity: w.worstSeverity,
    })),
  };
}
