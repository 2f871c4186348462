import { Block } from './reuseBlocks';

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

  /**
   * Makes the trailing blocks of `lengths` days that end on `today` the
   * complete ones: builds those missing from the aligned blocks, drops every
   * other (yesterday's, or of a length no longer wanted), and rebuilds the
   * producer × consumer flows a catalog change made stale, in one
   * transaction; returns the blocks it built.
   */
  rollTrailingBlocks(today: string, lengths: number[]): Promise<Block[]>;
}
