import { LoggerService } from '@backstage/backend-plugin-api';
import { ReuseBlockFoldStore } from '../database/ReuseBlockFoldStore';

/** The id of the scheduled task, unique within the plugin. */
export const REUSE_BLOCK_FOLD_TASK_ID = 'ai-marketplace-reuse-block-fold';

/** Daily rows per transaction: short enough not to hold writers up. */
export const DEFAULT_FOLD_CHUNK = 5000;

/**
 * Folds every unfolded daily reuse count into the KPI block roll-ups, chunk
 * by chunk, until none is left (or the task is aborted: what was folded
 * stays folded, the rest waits for the next run). KPIs are exact at any
 * point; folding keeps their reads short.
 *
 * With `trailing`, first moves the trailing blocks (windows of those
 * lengths ending `today`) to today when the day has changed.
 */
export async function foldReuseBlocks(options: {
  store: ReuseBlockFoldStore;
  logger: LoggerService;
  trailing?: { today: string; lengths: number[] };
  chunkSize?: number;
  signal?: AbortSignal;
}): Promise<{ rows: number; events: number }> {
  const { store, logger, signal, trailing } = options;
  const chunkSize = options.chunkSize ?? DEFAULT_FOLD_CHUNK;
  if (trailing) {
    const built = await store.rollTrailingBlocks(
      trailing.today,
      trailing.lengths,
    );
    if (built.length) {
      logger.info(
        `Built the trailing KPI blocks of ${built
          .map(block => `${block.days} days from ${block.start}`)
          .join(', ')}`,
      );
    }
  }
  const total = { rows: 0, events: 0 };
  while (!signal?.aborted) {
    const chunk = await store.foldUnfolded(chunkSize);
    total.rows += chunk.rows;
    total.events += chunk.events;
    if (chunk.rows < chunkSize) {
      break;
    }
  }
  if (total.rows) {
    logger.debug(
      `Folded ${total.events} reuse events (${total.rows} daily rows) into the KPI block roll-ups`,
    );
  }
  return total;
}
