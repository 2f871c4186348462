import {
  EvalGateStatus,
  KpiAsset,
  ReuseEventType,
  TeamFlow,
} from '@ai-marketplace/plugin-ai-marketplace-common';

/** Inclusive UTC days, `YYYY-MM-DD`. */
export type DayWindow = { from: string; to: string };

/**
 * Which assets a KPI looks at, by the catalog snapshot's attributes (refs
 * normalised). Empty: every asset.
 */
export type AssetFilter = {
  ownerRef?: string;
  function?: string;
  guildRef?: string;
};

/** Links of a team (either side), of the derived asset's function / guild. */
export type LineageFilter = {
  teamRef?: string;
  function?: string;
  guildRef?: string;
};

/** Experiments of one team (the one that ran them), on assets of a filter. */
export type ExperimentFilter = {
  teamRef?: string;
  assets: Omit<AssetFilter, 'ownerRef'>;
};

/** An asset of the snapshot with its lineage link and registration. */
export type KpiCatalogAsset = KpiAsset & {
  derivedFromRef: string | null;
  /** When the snapshot first saw it. */
  firstSeenAt: Date;
};

/** Cross-team reuse of a group of assets (see ReuseRate). */
export type AssetReuseGroup = {
  /** The owner, function or guild; null for one group of all, or none set. */
  key: string | null;
  assets: number;
  reusedAssets: number;
  events: number;
};

/** The flows of a matrix: the largest cross-team cells and totals of all. */
export type TeamFlows = {
  cells: TeamFlow[];
  totals: {
    events: number;
    crossTeamEvents: number;
    cells: number;
    producers: number;
    consumers: number;
  };
};

/** An asset's use in a window, from the block roll-ups. */
export type AssetUse = {
  asset: KpiAsset;
  byType: Record<ReuseEventType, number>;
  /** Every team that used it, its owner included, with their events. */
  teams: Array<{ teamRef: string; events: number }>;
};

/** The latest evaluation of a workflow up to an instant. */
export type LatestEvaluation = {
  id: string;
  passRate: number;
  /** The threshold recorded with the result. */
  threshold: number | null;
  workflowVersion: string;
  dataset: string;
  evaluatedAt: Date;
};

/** A workflow's evaluation gate: its threshold now and its latest result. */
export type WorkflowGate = {
  entityRef: string;
  status: EvalGateStatus;
  /** `spec.evaluation.passRate` in the snapshot. */
  threshold: number | null;
  latest: LatestEvaluation | null;
};

/** A workflow's error budget as the snapshot has it. */
export type WorkflowBudget = {
  entityRef: string;
  /** `spec.errorBudget.incidents`. */
  incidents: number | null;
  /** `spec.errorBudget.period`. */
  period: string | null;
};

/**
 * Reads for the coordination KPIs. Assets "during" a window are those the
 * snapshot had at some instant of it (first seen before its end, not removed
 * before its start); "at" an instant, those present then. Reuse is read
 * from the block roll-ups only, never from raw events.
 */
export interface KpiStore {
  /**
   * Assets during the window, with how many a team other than their owner
   * used in it and their events; one group (key null) or one per owner,
   * function or guild.
   */
  assetReuse(options: {
    window: DayWindow;
    filter: AssetFilter;
    groupBy?: 'owner' | 'function' | 'guild';
  }): Promise<AssetReuseGroup[]>;

  /**
   * Events per producing (owner) and consuming team on the assets during
   * the window; `team` keeps flows where it is either side. At most `limit`
   * cross-team cells, most events first.
   */
  teamFlows(options: {
    window: DayWindow;
    filter: AssetFilter;
    team?: string;
    limit: number;
  }): Promise<TeamFlows>;

  /**
   * The assets during the window that a team other than their owner used,
   * most events first, at most `limit`, with every team's events.
   */
  topReusedAssets(options: {
    window: DayWindow;
    filter: AssetFilter;
    limit: number;
  }): Promise<AssetUse[]>;

  /** Reuse events per asset in the window, for the given assets. */
  eventsOfAssets(
    window: DayWindow,
    entityRefs: string[],
  ): Promise<Map<string, number>>;

  /**
   * The assets present at the instant that derive from another one, and the
   * present assets they derive from.
   */
  derivationAssets(at: Date): Promise<KpiCatalogAsset[]>;

  /**
   * How many of the derived assets present at `at` (of `function` /
   * `guild`; `team` owning them or their present origin) there are, how
   * many derive from a present asset of another owner, and how many the
   * snapshot first saw since `since`.
   */
  derivationCounts(options: {
    at: Date;
    since: Date;
    filter: LineageFilter;
  }): Promise<{ derivations: number; crossTeam: number; newSince: number }>;

  /**
   * For the assets during the window whose first experiment (by any team)
   * started in it: registration and first start. And how many assets
   * registered in the window had no experiment started before its end.
   */
  firstExperiments(options: {
    window: DayWindow;
    filter: AssetFilter;
  }): Promise<{
    tried: Array<{ firstSeenAt: Date; firstStartedAt: Date }>;
    untried: number;
  }>;

  /** Experiments started in the window, by their self-serve answer. */
  experimentStarts(options: {
    window: DayWindow;
    filter: ExperimentFilter;
  }): Promise<{ selfServe: number; assisted: number; unknown: number }>;

  /** Experiments finished in the window, and those with a learnings link. */
  experimentFinishes(options: {
    window: DayWindow;
    filter: ExperimentFilter;
  }): Promise<{ finished: number; withLearnings: number }>;

  /** Workflows present at each of two instants, counted per owner. */
  workflowOwnersAt(
    instants: { start: Date; end: Date },
    filter: AssetFilter,
  ): Promise<Array<{ ownerRef: string; atStart: number; atEnd: number }>>;

  /** The assets of the snapshot with these refs (whether present or not). */
  assetsByRef(entityRefs: string[]): Promise<Map<string, KpiAsset>>;

  /**
   * The gate of each workflow present at `until`: its latest evaluation
   * before then (of two at the same instant, the larger id) against its
   * threshold — the catalog's now, else the one recorded with the result;
   * passing when passRate ≥ threshold. Counted per status, and the first
   * `limit` gates: by status in the order of EVAL_GATE_STATUSES, the oldest
   * evaluation first, then by ref.
   */
  workflowGates(
    until: Date,
    filter: AssetFilter,
    limit: number,
  ): Promise<{ totals: Record<EvalGateStatus, number>; first: WorkflowGate[] }>;

  /** How many evaluations of each of these workflows ran in `[since, until)`. */
  evaluationRuns(options: {
    entityRefs: string[];
    since: Date;
    until: Date;
  }): Promise<Map<string, number>>;

  /** Each workflow present at the instant, with its error budget. */
  workflowBudgets(at: Date, filter: AssetFilter): Promise<WorkflowBudget[]>;

  /** Incidents in `[since, until)` on the workflows present at `until`. */
  incidents(options: {
    since: Date;
    until: Date;
    filter: AssetFilter;
  }): Promise<Array<{ entityRef: string; severity: string; occurredAt: Date }>>;

  /**
   * Assets present at the instant, those in a stored near-duplicate cluster
   * with an item of another owner, and when the clusters were found.
   */
  duplication(
    at: Date,
    filter: AssetFilter,
  ): Promise<{
    assets: number;
    duplicatedAssets: number;
    detectedAt: Date | null;
  }>;
}
