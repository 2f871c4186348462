import { EvalGatesKpi } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore, WorkflowGate } from '../database/KpiStore';
import { utcDay, windowBounds } from '../service/window';
import { KpiRequest, ownedAssets, scopeOf } from './kpiRequest';

const DAY_MS = 86_400_000;

/** The gate threshold: the catalog's now, else the one recorded with the result. */
function thresholdOf(gate: WorkflowGate): number | null {
  return gate.threshold ?? gate.latest?.threshold ?? null;
}

/**
 * Eval-gate status per workflow in the catalog at the end of the window
 * (owned by `team`, of `function` / `guild`): its latest evaluation up to
 * then against its threshold — the catalog's `spec.evaluation.passRate`
 * now, else the threshold recorded with the result. Passing means
 * passRate ≥ threshold. Age is in whole days from the evaluation's day to
 * `to`. Items: failing first, then not evaluated, no threshold, passing;
 * the oldest evaluation first within each.
 */
export async function evalGates(
  store: KpiStore,
  request: KpiRequest,
  limit: number,
): Promise<EvalGatesKpi> {
  const { start, end } = windowBounds(request.window);
  const { totals, first } = await store.workflowGates(
    end,
    ownedAssets(request),
    limit,
  );
  const refs = first.map(gate => gate.entityRef);
  const [assets, runs] = await Promise.all([
    store.assetsByRef(refs),
    store.evaluationRuns({ entityRefs: refs, since: start, until: end }),
  ]);

  return {
    ...scopeOf(request),
    totals: {
      workflows: Object.values(totals).reduce((sum, n) => sum + n, 0),
      ...totals,
    },
    items: first.map(gate => {
      const { latest } = gate;
      return {
        ...assets.get(gate.entityRef)!,
        status: gate.status,
        passRate: latest?.passRate ?? null,
        threshold: thresholdOf(gate),
        workflowVersion: latest?.workflowVersion ?? null,
        dataset: latest?.dataset ?? null,
        evaluatedAt: latest?.evaluatedAt.toISOString() ?? null,
        ageDays: latest
          ? (Date.parse(`${request.window.to}T00:00:00Z`) -
              Date.parse(`${utcDay(latest.evaluatedAt)}T00:00:00Z`)) /
            DAY_MS
          : null,
        runsInWindow: runs.get(gate.entityRef) ?? 0,
      };
    }),
  };
}
