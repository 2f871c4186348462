import { KpiSummary } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore } from '../database/KpiStore';
import { crossTeamReuse } from './crossTeamReuse';
import { duplication } from './duplication';
import { errorBudgets } from './errorBudgets';
import { evalGates } from './evalGates';
import { knowledgeCapture } from './knowledgeCapture';
import { KpiRequest, scopeOf } from './kpiRequest';
import { lineageCounts } from './lineage';
import { ownershipConcentration } from './ownershipConcentration';
import { reuseMatrix } from './reuseMatrix';
import { selfServe } from './selfServe';
import { timeToFirstExperiment } from './timeToFirstExperiment';
import { topAssets } from './topAssets';

/** Drops the window and filters a KPI response repeats. */
function headline<T extends object>(kpi: T) {
  const {
    from: _from,
    to: _to,
    team: _team,
    function: _function,
    guild: _guild,
    ...rest
  } = kpi as T & Record<'from' | 'to' | 'team' | 'function' | 'guild', unknown>;
  return rest;
}

/**
 * The headline of every KPI for the dashboard, in one call: the same
 * window and filters, each KPI's `team` meaning its own (see each KPI).
 */
export async function kpiSummary(
  store: KpiStore,
  request: KpiRequest,
  coordinationGroups: string[],
): Promise<KpiSummary> {
  const [
    reuse,
    matrix,
    top,
    links,
    duplicates,
    ttfe,
    selfServeKpi,
    capture,
    ownership,
    gates,
    budgets,
  ] = await Promise.all([
    crossTeamReuse(store, request),
    reuseMatrix(store, request, 1),
    topAssets(store, request, 1),
    lineageCounts(store, request),
    duplication(store, request),
    timeToFirstExperiment(store, request),
    selfServe(store, request),
    knowledgeCapture(store, request),
    ownershipConcentration(store, request, coordinationGroups),
    evalGates(store, request, 1),
    errorBudgets(store, request, 1),
  ]);
  const first = top.items[0];
  return {
    ...scopeOf(request),
    reuse: {
      assets: reuse.assets,
      reusedAssets: reuse.reusedAssets,
      rate: reuse.rate,
      events: reuse.events,
    },
    matrix: matrix.totals,
    topAsset: first
      ? {
          entityRef: first.entityRef,
          kind: first.kind,
          title: first.title,
          ownerRef: first.ownerRef,
          function: first.function,
          guildRef: first.guildRef,
          events: first.events,
        }
      : null,
    lineage: links,
    duplication: duplicates,
    timeToFirstExperiment: headline(ttfe),
    selfServe: headline(selfServeKpi),
    knowledgeCapture: headline(capture),
    ownershipConcentration: {
      workflows: ownership.workflows,
      coordinationOwned: ownership.coordinationOwned,
      share: ownership.share,
    },
    evalGates: gates.totals,
    errorBudgets: budgets.totals,
  };
}
