import { ReuseEventType } from '@ai-marketplace/plugin-ai-marketplace-common';

/** A reuse event ready to store: validated, attributed, refs normalised. */
export type ReuseEvent = {
  id: string;
  entityRef: string;
  promptId?: string;
  type: ReuseEventType;
  userRef: string;
  teamRef: string;
  occurredAt: Date;
  /**
   * The client sent no time, so `occurredAt` is when the server received it;
   * a retry then arrives at another time and is still a replay.
   */
  timedByServer?: boolean;
};

/** Counts of one asset's use in a window of UTC days, from the roll-ups. */
export type ReuseCounts = {
  byType: Partial<Record<ReuseEventType, number>>;
  byTeam: Array<{ teamRef: string; events: number }>;
  byDay: Array<{ day: string; events: number }>;
};

/** Where reuse events and their daily roll-up live. */
export interface ReuseEventStore {
  /**
   * Stores the events whose ids are new and adds them to the daily roll-up,
   * in one transaction. An id already stored with the same content is a
   * replay and is counted, not stored; with other content it is a conflict
   * (`ConflictError`), and nothing of the batch is stored.
   */
  record(events: ReuseEvent[]): Promise<{ recorded: number; replayed: number }>;

  /** Counts for one asset over `[fromDay, toDay]` (inclusive, `YYYY-MM-DD`). */
  countsForAsset(options: {
    entityRef: string;
    fromDay: string;
    toDay: string;
  }): Promise<ReuseCounts>;
}
