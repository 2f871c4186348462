/** The primary key of `reuse_daily`, in its column order. */
export const REUSE_DAILY_KEY = [
  'day',
  'entity_ref',
  'prompt_id',
  'event_type',
  'team_ref',
] as const;

/** The key columns of a `reuse_daily` row. */
export type ReuseDailyKey = Record<(typeof REUSE_DAILY_KEY)[number], string>;

/**
 * Orders `reuse_daily` rows by their key, compared as JavaScript strings
 * (not by a database collation). Writers and the fold upsert rows in this
 * one order, so concurrent transactions lock shared rows in the same order
 * and never deadlock.
 */
export function byReuseDailyKey(x: ReuseDailyKey, y: ReuseDailyKey): number {
  for (const column of REUSE_DAILY_KEY) {
    if (x[column] !== y[column]) {
      return x[column] < y[column] ? -1 : 1;
    }
  }
  return 0;
}
