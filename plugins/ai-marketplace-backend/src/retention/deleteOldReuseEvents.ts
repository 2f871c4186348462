import { LoggerService } from '@backstage/backend-plugin-api';
import { ReuseEventRetentionStore } from '../database/ReuseEventRetentionStore';

/** The id of the scheduled task, unique within the plugin. */
export const RETENTION_TASK_ID = 'ai-marketplace-reuse-event-retention';

/** Events per delete: each statement is short, so no lock is held for long. */
export const DEFAULT_DELETE_CHUNK = 1000;

const DAY_MS = 86_400_000;

/**
 * Deletes raw reuse events older than `rawEventDays`, chunk by chunk, each
 * chunk its own statement, until none is left (or the task is aborted, which
 * keeps what was deleted so far). The daily roll-ups stay, so reuse
 * summaries and KPIs do not change. Logs and returns how many it deleted.
 */
export async function deleteOldReuseEvents(options: {
  store: ReuseEventRetentionStore;
  logger: LoggerService;
  rawEventDays: number;
  now?: () => Date;
  chunkSize?: number;
  signal?: AbortSignal;
}): Promise<{ deleted: number; cutoff: Date }> {
  const { store, logger, signal } = options;
  const chunkSize = options.chunkSize ?? DEFAULT_DELETE_CHUNK;
  const now = options.now?.() ?? new Date();
  const cutoff = new Date(now.getTime() - options.rawEventDays * DAY_MS);
  let deleted = 0;
  for (;;) {
    if (signal?.aborted) {
      logger.warn(
        `Reuse event retention stopped early: deleted ${deleted} raw events that occurred before ${cutoff.toISOString()}`,
      );
      return { deleted, cutoff };
    }
    const chunk = await store.deleteOccurredBefore(cutoff, chunkSize);
    deleted += chunk;
    if (chunk < chunkSize) {
      break;
    }
  }
  logger.info(
    `Reuse event retention deleted ${deleted} raw events that occurred before ${cutoff.toISOString()}; daily roll-ups are kept`,
  );
  return { deleted, cutoff };
}
