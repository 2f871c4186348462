/**
 * Folding the daily reuse roll-up into the KPI block roll-ups. Recording an
 * event only adds it to `reuse_daily`; the blocks catch up here, outside the
 * write path. KPI reads are exact either way: they add what is not folded.
 */
export interface ReuseBlockFoldStore {
  /**
   * Adds at most `limit` daily rows' unfolded events to the blocks and marks
   * them folded, in one transaction; returns how many rows and events.
   */
  foldUnfolded(limit: number): Promise<{ rows: number; events: number }>;
}
