import { ReuseEventType } from './reuse';

/**
 * The coordination KPIs (`GET /kpis/...`): every one over a window of UTC
 * days and filterable by team, business function and guild. What `team`
 * selects differs per KPI and is said on each response type.
 */

/** How `GET /kpis/reuse` may split its numbers. */
export const KPI_GROUP_BYS = ['team', 'function', 'guild'] as const;

/** @public */
export type KpiGroupBy = (typeof KPI_GROUP_BYS)[number];

/** Query fields every KPI accepts. */
export type KpiQuery = {
  /** First day, `YYYY-MM-DD`; default: 29 days before `to`. */
  from?: string;
  /** Last day, inclusive, `YYYY-MM-DD`; default: today (UTC). */
  to?: string;
  /** A group ref (`group:default/sales` or `sales`); its meaning is per KPI. */
  team?: string;
  /** A business function (`spec.function`) of the assets. */
  function?: string;
  /** A guild group ref (`spec.guild`) of the assets. */
  guild?: string;
};

/** The window and the filters a KPI was computed for, refs normalised. */
export type KpiScope = {
  from: string;
  to: string;
  team?: string;
  function?: string;
  guild?: string;
};

/**
 * Cross-team reuse numbers. `assets`: AI assets in the catalog at some time
 * in the window; `reusedAssets`: those used by at least one team other than
 * their owner in the window; `rate`: their share, null without assets.
 */
export type ReuseRate = {
  assets: number;
  reusedAssets: number;
  rate: number | null;
  /** Reuse events of any team and type on these assets in the window. */
  events: number;
};

/**
 * `GET /kpis/reuse[?groupBy=]` — `team` is the owning (producer) team.
 * With `groupBy`, `groups` splits the same numbers by owning team,
 * function or guild (`group: null` for assets without a function / guild),
 * largest first.
 */
export type CrossTeamReuseKpi = KpiScope &
  ReuseRate & {
    groupBy?: KpiGroupBy;
    groups?: Array<ReuseRate & { group: string | null }>;
  };

/** Events of one consuming team on the assets of one producing team. */
export type TeamFlow = {
  producerRef: string;
  consumerRef: string;
  events: number;
  /** Distinct assets of the producer the consumer used. */
  assets: number;
};

/**
 * `GET /kpis/reuse-matrix?limit=` — the producer × consumer team matrix.
 * `team` keeps the flows where it is the producer or the consumer. `cells`
 * are the cross-team flows (producer ≠ consumer), most events first, at most
 * `limit`; `totals` count all of them.
 */
export type ReuseMatrixKpi = KpiScope & {
  cells: TeamFlow[];
  totals: {
    /** All events in scope, the producers' own use included. */
    events: number;
    /** Events of teams on other teams' assets. */
    crossTeamEvents: number;
    /** Non-empty cross-team cells. */
    cells: number;
    producers: number;
    consumers: number;
  };
};

/** An AI asset as the catalog snapshot knows it. */
export type KpiAsset = {
  entityRef: string;
  kind: 'aiworkflow' | 'promptlibrary' | string;
  title: string;
  ownerRef: string;
  function: string | null;
  guildRef: string | null;
};

/**
 * `GET /kpis/top-assets?limit=` — the assets other teams used in the window,
 * most events first (`team`: the owner).
 */
export type TopAssetsKpi = KpiScope & {
  items: Array<
    KpiAsset & {
      /** Events of every team, the owner's included. */
      events: number;
      byType: Record<ReuseEventType, number>;
      /** Teams other than the owner that used it, and their events. */
      consumingTeams: number;
      consumingTeamEvents: number;
    }
  >;
};

/** One `spec.derivedFrom` link, with its derived asset's reuse in the window. */
export type LineageEdge = KpiAsset & {
  derivedFromRef: string;
  /** The origin, when the catalog has it. */
  origin: KpiAsset | null;
  /** Owners differ; null when the origin is not in the catalog. */
  crossTeam: boolean | null;
  /** 1 for a direct derivation of a root, 2 for a derivation of that, … */
  generation: number;
  /** The first ancestor, following derivedFrom as far as the catalog goes. */
  rootRef: string;
  /** When the snapshot first saw the derived asset. */
  registeredAt: string;
  /** Reuse events of the derived asset in the window. */
  events: number;
};

/**
 * `GET /kpis/lineage?limit=` — reuse lineage through `derivedFrom`, as the
 * catalog is at the end of the window. `team` keeps links where it owns the
 * derived asset or its origin; `function` / `guild` are the derived asset's.
 */
export type LineageKpi = KpiScope & {
  /** Links in scope; cross-team ones; those registered in the window. */
  derivations: number;
  crossTeamDerivations: number;
  newDerivations: number;
  /** Most-used derived assets first, at most `limit`. */
  edges: LineageEdge[];
  /** Ancestors with most descendants first, at most `limit`. */
  roots: Array<{
    entityRef: string;
    title: string | null;
    ownerRef: string | null;
    /** Assets derived from it directly or indirectly, in scope. */
    descendants: number;
    /** Owning teams of those descendants other than its own. */
    otherTeams: number;
  }>;
};

/**
 * `GET /kpis/time-to-first-experiment` — days from an asset's registration
 * (when the catalog snapshot first saw it) to its first experiment by any
 * team, for the assets whose first experiment started in the window.
 * `team` is the asset's owner.
 */
export type TimeToFirstExperimentKpi = KpiScope & {
  /** Assets whose first experiment started in the window. */
  assets: number;
  medianDays: number | null;
  p90Days: number | null;
  meanDays: number | null;
  /** Assets registered in the window that nobody had tried by its end. */
  untried: number;
  /**
   * Assets left out because their first experiment started before the
   * snapshot first saw them (they predate the snapshot).
   */
  startedBeforeRegistration: number;
};

/**
 * `GET /kpis/self-serve` — experiments started in the window, by whether
 * the team ran it without the central AI team. `team` is the team that
 * ran the experiment.
 */
export type SelfServeKpi = KpiScope & {
  experiments: number;
  selfServe: number;
  /** The central AI team was involved. */
  assisted: number;
  /** Not said yet (may be given when the experiment finishes). */
  unknown: number;
  /** selfServe / (selfServe + assisted); null when both are 0. */
  rate: number | null;
};

/**
 * `GET /kpis/knowledge-capture` — experiments finished in the window, and
 * those with a link to documented learnings. `team` is the team that ran it.
 */
export type KnowledgeCaptureKpi = KpiScope & {
  finished: number;
  withLearnings: number;
  rate: number | null;
};

/** Workflows in the catalog at one instant, and those the coordination groups own. */
export type OwnershipShare = {
  workflows: number;
  coordinationOwned: number;
  share: number | null;
};

/**
 * `GET /kpis/ownership-concentration` — the share of AI workflows owned by
 * the coordination groups (config `aiMarketplace.coordinationGroups`), at
 * the end of the window and at its start: a rising share is the
 * centralization trap. `team` is the owner (so the share is 0 or 1).
 */
export type OwnershipConcentrationKpi = KpiScope &
  OwnershipShare & {
    coordinationGroups: string[];
    atStart: OwnershipShare;
    /** Workflows per coordination group at the end of the window. */
    byGroup: Array<{ groupRef: string; workflows: number }>;
  };

/** Where a workflow stands against its evaluation gate. */
export const EVAL_GATE_STATUSES = [
  'failing',
  'not-evaluated',
  'no-threshold',
  'passing',
] as const;

/** @public */
export type EvalGateStatus = (typeof EVAL_GATE_STATUSES)[number];

/**
 * `GET /kpis/eval-gates?limit=` — per workflow in the catalog at the end of
 * the window, its latest evaluation up to then against its threshold
 * (`spec.evaluation.passRate`, else the one recorded with the result).
 * `team` is the owner. Items: failing first, then not evaluated, no
 * threshold, passing; oldest evaluation first within each.
 */
export type EvalGatesKpi = KpiScope & {
  totals: Record<EvalGateStatus, number> & { workflows: number };
  items: Array<
    KpiAsset & {
      status: EvalGateStatus;
      passRate: number | null;
      threshold: number | null;
      workflowVersion: string | null;
      dataset: string | null;
      evaluatedAt: string | null;
      /** Whole days from the evaluation's day to `to`. */
      ageDays: number | null;
      /** Evaluations that ran in the window. */
      runsInWindow: number;
    }
  >;
};

/** Where a workflow stands against its error budget. */
export const ERROR_BUDGET_STATUSES = [
  'exceeded',
  'exhausted',
  'within',
  'no-budget',
] as const;

/** @public */
export type ErrorBudgetStatus = (typeof ERROR_BUDGET_STATUSES)[number];

/**
 * `GET /kpis/error-budgets?limit=` — per workflow in the catalog at the end
 * of the window: incidents in its `errorBudget.period` ending with `to`,
 * against `errorBudget.incidents`. `exceeded`: more incidents than the
 * budget; `exhausted`: as many as the budget, at least one; `within`: fewer
 * (or none of a budget of none); `no-budget`: none declared (or an
 * unreadable period), incidents counted over the window instead.
 * `team` is the owner. Items: exceeded first, most over budget first.
 */
export type ErrorBudgetsKpi = KpiScope & {
  totals: Record<ErrorBudgetStatus, number> & {
    workflows: number;
    /** Incidents in the window on the workflows in scope. */
    incidentsInWindow: number;
  };
  items: Array<
    KpiAsset & {
      status: ErrorBudgetStatus;
      budget: number | null;
      period: string | null;
      /** First instant counted: `to`'s end minus the period (or `from`). */
      periodStart: string;
      incidents: number;
      /** budget − incidents; negative when exceeded; null without a budget. */
      remaining: number | null;
      /** sev1 is the worst; null without incidents. */
      worstSeverity: string | null;
    }
  >;
};

/**
 * Duplication, from the last near-duplicate detection run: the assets in
 * the catalog at the end of the window that share a cluster with an item of
 * another team. `team` is the owner.
 */
export type DuplicationRate = {
  assets: number;
  duplicatedAssets: number;
  rate: number | null;
  /** When the clusters were found; null before the first run. */
  detectedAt: string | null;
};

/** `GET /kpis/summary` — the headline of every KPI, same window and filters. */
export type KpiSummary = KpiScope & {
  reuse: ReuseRate;
  matrix: ReuseMatrixKpi['totals'];
  topAsset: (KpiAsset & { events: number }) | null;
  lineage: Pick<
    LineageKpi,
    'derivations' | 'crossTeamDerivations' | 'newDerivations'
  >;
  duplication: DuplicationRate;
  timeToFirstExperiment: Omit<TimeToFirstExperimentKpi, keyof KpiScope>;
  selfServe: Omit<SelfServeKpi, keyof KpiScope>;
  knowledgeCapture: Omit<KnowledgeCaptureKpi, keyof KpiScope>;
  ownershipConcentration: OwnershipShare;
  evalGates: EvalGatesKpi['totals'];
  errorBudgets: ErrorBudgetsKpi['totals'];
};
