import type { Entity } from '@backstage/catalog-model';
import type { KpiSummary } from '@ai-marketplace/plugin-ai-marketplace-common';

/*
 * Realistic KPI answers and catalog groups for the dashboard's and the
 * guild page's tests, shaped as the backend and the catalog return them.
 */

/** A group of the example organisation. */
export function groupEntity(
  name: string,
  type: 'team' | 'guild',
  displayName: string,
  extra: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', ...extra },
    spec: { type, profile: { displayName }, children: [] },
  };
}

export const salesTeam = groupEntity('sales', 'team', 'Sales');
export const supportTeam = groupEntity(
  'customer-support',
  'team',
  'Customer Support',
);
export const financeTeam = groupEntity('finance', 'team', 'Finance');
export const supportGuild = groupEntity(
  'support-automation-guild',
  'guild',
  'Support automation guild',
);

/** An AIWorkflow as far as the dashboard's facets read it. */
export function workflowEntity(name: string, fn: string): Entity {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata: { name, namespace: 'default' },
    spec: { owner: 'group:default/sales', function: fn },
  };
}

/** The headline numbers a summary answer is built from. */
export type SummaryNumbers = {
  reuseRate?: number | null;
  assets?: number;
  reusedAssets?: number;
  events?: number;
  crossTeamEvents?: number;
  duplicationRate?: number | null;
  duplicatedAssets?: number;
  medianDays?: number | null;
  firstExperiments?: number;
  untried?: number;
  selfServeRate?: number | null;
  selfServe?: number;
  assisted?: number;
  captureRate?: number | null;
  finished?: number;
  withLearnings?: number;
  ownershipShare?: number | null;
  workflows?: number;
  coordinationOwned?: number;
};

/** A `GET /kpis/summary` answer for a window. */
export function kpiSummary(
  window: { from: string; to: string },
  n: SummaryNumbers = {},
): KpiSummary {
  const assets = n.assets ?? 40;
  const experiments = (n.selfServe ?? 9) + (n.assisted ?? 3);
  return {
    ...window,
    reuse: {
      assets,
      reusedAssets: n.reusedAssets ?? 17,
      rate: n.reuseRate === undefined ? 0.425 : n.reuseRate,
      events: n.events ?? 320,
    },
    matrix: {
      events: n.events ?? 320,
      crossTeamEvents: n.crossTeamEvents ?? 150,
      cells: 6,
      producers: 3,
      consumers: 4,
    },
    topAsset: null,
    lineage: { derivations: 3, crossTeamDerivations: 2, newDerivations: 1 },
    duplication: {
      assets,
      duplicatedAssets: n.duplicatedAssets ?? 4,
      rate: n.duplicationRate === undefined ? 0.1 : n.duplicationRate,
      detectedAt: '2026-11-20T06:00:00.000Z',
    },
    timeToFirstExperiment: {
      assets: n.firstExperiments ?? 5,
      medianDays: n.medianDays === undefined ? 12 : n.medianDays,
      p90Days: 30,
      meanDays: 14.2,
      untried: n.untried ?? 2,
      startedBeforeRegistration: 0,
    },
    selfServe: {
      experiments,
      selfServe: n.selfServe ?? 9,
      assisted: n.assisted ?? 3,
      unknown: 0,
      rate: n.selfServeRate === undefined ? 0.75 : n.selfServeRate,
    },
    knowledgeCapture: {
      finished: n.finished ?? 8,
      withLearnings: n.withLearnings ?? 6,
      rate: n.captureRate === undefined ? 0.75 : n.captureRate,
    },
    ownershipConcentration: {
      workflows: n.workflows ?? 20,
      coordinationOwned: n.coordinationOwned ?? 2,
      share: n.ownershipShare === undefined ? 0.1 : n.ownershipShare,
    },
    evalGates: {
      workflows: 20,
      failing: 1,
      'not-evaluated': 3,
      'no-threshold': 2,
      passing: 14,
    },
    errorBudgets: {
      workflows: 20,
      exceeded: 1,
      exhausted: 0,
      within: 15,
      'no-budget': 4,
      incidentsInWindow: 3,
    },
  };
}

/** A summary with nothing in scope. */
export function emptyKpiSummary(window: { from: string; to: string }) {
  return kpiSummary(window, {
    assets: 0,
    reusedAssets: 0,
    reuseRate: null,
    events: 0,
    crossTeamEvents: 0,
    duplicatedAssets: 0,
    duplicationRate: null,
    medianDays: null,
    firstExperiments: 0,
    untried: 0,
    selfServe: 0,
    assisted: 0,
    selfServeRate: null,
    finished: 0,
    withLearnings: 0,
    captureRate: null,
    workflows: 0,
    coordinationOwned: 0,
    ownershipShare: null,
  });
}
