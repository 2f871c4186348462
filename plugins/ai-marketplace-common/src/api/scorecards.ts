/**
 * What a readiness check says about one asset. `stale` means the evidence
 * exists but is older than its cadence — it scores below `fail`, which is
 * evidence never claimed. `exempt` replaces a `fail` or `stale` while a guild
 * lead's or admin's exemption is in force.
 */
export const CHECK_STATUSES = [
  'pass',
  'fail',
  'stale',
  'exempt',
  'not-applicable',
] as const;

/** @public */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** The asset kinds scorecards cover. */
export const SCORECARD_ASSET_KINDS = ['AIWorkflow', 'PromptLibrary'] as const;

/** @public */
export type ScorecardAssetKind = (typeof SCORECARD_ASSET_KINDS)[number];

/** How roll-ups group assets. */
export const SCORECARD_GROUPINGS = [
  'organisation',
  'owner',
  'function',
  'guild',
] as const;

/** @public */
export type ScorecardGrouping = (typeof SCORECARD_GROUPINGS)[number];

/** One check of the catalogue (`GET /scorecards/checks`). */
export type ScorecardCheckInfo = {
  /** Stable id, e.g. `evaluation-gate`. */
  id: string;
  title: string;
  /** What it verifies and why it matters, in a sentence or two. */
  description: string;
  /** The kinds it applies to; other kinds get `not-applicable`. */
  appliesTo: ScorecardAssetKind[];
  /** The levels that need it (from the configuration). */
  levels: string[];
};

/** A readiness level and the checks it needs, lowest level first. */
export type ReadinessLevelInfo = {
  /** e.g. `bronze`. */
  id: string;
  /** Checks an asset must pass (or be exempt from, or not concerned by). */
  checks: string[];
};

/** `GET /scorecards/checks`: the checks, the levels and how stale scores. */
export type ScorecardCatalogue = {
  checks: ScorecardCheckInfo[];
  /** Cumulative: an asset reaches a level when it meets it and every level below. */
  levels: ReadinessLevelInfo[];
  /** The score of a stale check (below 0, the score of a failed one). */
  staleWeight: number;
};

/** One check's result for one asset. */
export type ScorecardCheckResult = {
  checkId: string;
  status: CheckStatus;
  /** One line: what was found. */
  reason: string;
  /** One line: what to do about it; absent when there is nothing to do. */
  fix?: string;
};

/** A check that stands between an asset and its next level. */
export type NextLevelItem = ScorecardCheckResult & { title: string };

/** The readiness of one asset on one day (`GET /scorecards/entity`). */
export type EntityScorecard = {
  entityRef: string;
  kind: ScorecardAssetKind;
  ownerRef: string;
  /** The UTC day it was computed for, `YYYY-MM-DD`. */
  day: string;
  /** ISO-8601 time of the computation. */
  computedAt: string;
  /** The highest level reached; null below the first level. */
  level: string | null;
  /** Mean points over the applicable checks: pass 1, fail 0, stale `staleWeight`. */
  score: number;
  /** The next level and the checks missing for it; null at the top level. */
  nextLevel: { level: string; missing: NextLevelItem[] } | null;
  /** Every check, in catalogue order. */
  checks: Array<ScorecardCheckResult & { title: string }>;
};

/** Counts of one check's statuses within a group, and its pass rate. */
export type ScorecardCheckRollup = {
  checkId: string;
  counts: Record<CheckStatus, number>;
  /** pass / (pass + fail + stale); exempt and not-applicable are left out. Null when that is 0 / 0. */
  passRate: number | null;
};

/** The readiness of a group of assets (a team, a function, a guild, or all). */
export type ScorecardGroupRollup = {
  /** The owner or guild ref, the function slug, or `all` for the organisation. */
  key: string;
  assets: number;
  /** Assets at each level (highest reached), and `none`. */
  levels: Record<string, number>;
  /** The same as shares of `assets`, 0..1. */
  levelShares: Record<string, number>;
  /** Mean asset score. */
  meanScore: number;
  checks: ScorecardCheckRollup[];
};

/** `GET /scorecards/rollups`. */
export type ScorecardRollup = {
  groupBy: ScorecardGrouping;
  /** The day of the stored results it is built from; null when nothing was computed yet. */
  day: string | null;
  /** Level ids, lowest first, then `none`: the keys of `levels`. */
  levelIds: string[];
  groups: ScorecardGroupRollup[];
};

/** One day of an asset's history (`GET /scorecards/entity/trend`). */
export type EntityScorecardDay = {
  day: string;
  level: string | null;
  score: number;
  counts: Record<CheckStatus, number>;
};

/** `GET /scorecards/entity/trend`. */
export type EntityScorecardTrend = {
  entityRef: string;
  from: string;
  to: string;
  /** Days with a stored result, oldest first. */
  days: EntityScorecardDay[];
};

/** One day of a group's history (`GET /scorecards/rollups/trend`). */
export type ScorecardRollupDay = {
  day: string;
  assets: number;
  levels: Record<string, number>;
  meanScore: number;
  /** pass / (pass + fail + stale) over every check of every asset; null when 0 / 0. */
  passRate: number | null;
};

/** `GET /scorecards/rollups/trend`. */
export type ScorecardRollupTrend = {
  groupBy: ScorecardGrouping;
  key: string;
  from: string;
  to: string;
  levelIds: string[];
  days: ScorecardRollupDay[];
};

/** An exemption as a client sends it; the author comes from its credentials. */
export type ScorecardExemptionInput = {
  /** Client-supplied id (1–64 of `A-Za-z0-9._:-`); a replay records nothing new. */
  id: string;
  /** The AIWorkflow or PromptLibrary exempted. */
  entityRef: string;
  /** The check it is exempted from. */
  checkId: string;
  /** Why; shown next to the check. */
  justification: string;
  /** The last UTC day it applies, `YYYY-MM-DD`: from today to at most a year ahead. */
  expiresOn: string;
};

/** A recorded exemption. */
export type ScorecardExemption = {
  id: string;
  entityRef: string;
  checkId: string;
  justification: string;
  expiresOn: string;
  createdBy: string;
  /** ISO-8601 time. */
  createdAt: string;
  /** Set once revoked. */
  revokedBy?: string;
  revokedAt?: string;
  /** Neither revoked nor past its last day. */
  active: boolean;
};

/** `GET /scorecards/exemptions`: newest first, at most 500. */
export type ScorecardExemptionList = { exemptions: ScorecardExemption[] };

/** What recording or revoking an exemption did. */
export type ScorecardExemptionResponse = {
  /** `recorded` / `revoked` the first time, `replayed` when it was already so. */
  status: 'recorded' | 'revoked' | 'replayed';
  exemption: ScorecardExemption;
};
