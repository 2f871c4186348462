import {
  CheckStatus,
  ScorecardAssetKind,
  ScorecardCheckResult,
  ScorecardGrouping,
} from '@ai-marketplace/plugin-ai-marketplace-common';

/** One asset's readiness, as a run computed it. */
export type StoredScorecard = {
  entityRef: string;
  kind: ScorecardAssetKind;
  ownerRef: string;
  function?: string;
  guildRef?: string;
  level: string | null;
  score: number;
  computedAt: Date;
  /** Every check, in catalogue order. */
  results: ScorecardCheckResult[];
};

/** An asset's stored readiness on a day. */
export type StoredScorecardDay = StoredScorecard & { day: string };

/** Counts of statuses, every status present. */
export type StatusCounts = Record<CheckStatus, number>;

/** One day of one asset's history. */
export type ScorecardHistoryDay = {
  day: string;
  level: string | null;
  score: number;
  counts: StatusCounts;
};

/** What a roll-up is built from: assets per group and level, statuses per group and check. */
export type ScorecardRollupCounts = {
  levels: Array<{
    key: string;
    level: string | null;
    assets: number;
    scoreSum: number;
  }>;
  checks: Array<{
    key: string;
    checkId: string;
    status: CheckStatus;
    count: number;
  }>;
};

/** What a group's trend is built from: per day, assets per level and statuses. */
export type ScorecardRollupHistoryCounts = {
  levels: Array<{
    day: string;
    level: string | null;
    assets: number;
    scoreSum: number;
  }>;
  statuses: Array<{ day: string; status: CheckStatus; count: number }>;
};

/** Where the daily readiness results live. */
export interface ScorecardStore {
  /**
   * Replaces the day's results of the given assets, in one transaction.
   * With `complete` (a run over the whole catalog), the day's results of
   * every other asset are removed too; with `keepFromDay`, days before it
   * are deleted (retention).
   */
  saveDay(
    day: string,
    scorecards: StoredScorecard[],
    options?: { complete?: boolean; keepFromDay?: string },
  ): Promise<void>;

  /**
   * The asset's result of `day`, or of the latest day it was scored. Only
   * the latest result keeps every check's reason and fix; an earlier day
   * keeps the statuses, with a reason saying so.
   */
  forEntity(
    entityRef: string,
    day?: string,
  ): Promise<StoredScorecardDay | undefined>;

  /** The asset's level, score and status counts per day in `[fromDay, toDay]`. */
  entityHistory(
    entityRef: string,
    fromDay: string,
    toDay: string,
  ): Promise<ScorecardHistoryDay[]>;

  /** The latest day with results, if any. */
  latestDay(): Promise<string | undefined>;

  /**
   * Counts for a roll-up of one day, grouped by owner, function or guild
   * (assets without a guild are left out of the guild grouping), or all in
   * one group `all`.
   */
  rollupCounts(
    day: string,
    groupBy: ScorecardGrouping,
  ): Promise<ScorecardRollupCounts>;

  /** Counts per day in `[fromDay, toDay]` for one group (`key` ignored for the organisation). */
  rollupHistory(options: {
    groupBy: ScorecardGrouping;
    key: string;
    fromDay: string;
    toDay: string;
  }): Promise<ScorecardRollupHistoryCounts>;
}
