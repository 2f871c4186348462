/**
 * Deleting old raw reuse events. Only `reuse_events` shrinks: the daily
 * roll-up in `reuse_daily`, which summaries and KPIs read, is kept.
 */
export interface ReuseEventRetentionStore {
  /**
   * Deletes at most `limit` raw events that occurred before `cutoff`, oldest
   * first, in one short statement; returns how many it deleted.
   */
  deleteOccurredBefore(cutoff: Date, limit: number): Promise<number>;
}
