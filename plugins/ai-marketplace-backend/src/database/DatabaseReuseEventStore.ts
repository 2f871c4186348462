import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import {
  byReuseDailyKey,
  REUSE_DAILY_KEY,
  ReuseDailyKey,
} from './reuseDailyKey';
import { utcDay } from '../service/window';
import { ReuseCounts, ReuseEvent, ReuseEventStore } from './ReuseEventStore';

type EventRow = {
  id: string;
  entity_ref: string;
  prompt_id: string | null;
  event_type: string;
  user_ref: string;
  team_ref: string;
  occurred_at: Date | string | number;
};

/**
 * Rows per statement: knex writes a multi-row SQLite insert as a compound
 * SELECT, which SQLite limits to 500 terms.
 */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    result.push(items.slice(i, i + CHUNK));
  }
  return result;
}

function toRow(event: ReuseEvent): EventRow {
  return {
    id: event.id,
    entity_ref: event.entityRef,
    prompt_id: event.promptId ?? null,
    event_type: event.type,
    user_ref: event.userRef,
    team_ref: event.teamRef,
    occurred_at: event.occurredAt,
  };
}

function sameEvent(stored: EventRow, event: ReuseEvent): boolean {
  return (
    stored.entity_ref === event.entityRef &&
    (stored.prompt_id ?? undefined) === event.promptId &&
    stored.event_type === event.type &&
    stored.user_ref === event.userRef &&
    stored.team_ref === event.teamRef &&
    (event.timedByServer ||
      new Date(stored.occurred_at).getTime() === event.occurredAt.getTime())
  );
}

/** Reuse events in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseReuseEventStore implements ReuseEventStore {
  constructor(private readonly knex: Knex) {}

  async record(
    events: ReuseEvent[],
  ): Promise<{ recorded: number; replayed: number }> {
    const unique = new Map<string, ReuseEvent>();
    for (const event of events) {
      const earlier = unique.get(event.id);
      if (earlier && !sameEvent(toRow(earlier), event)) {
        throw new ConflictError(
          `Event id "${event.id}" is used twice in the batch for different events`,
        );
      }
      unique.set(event.id, event);
    }

    return this.knex.transaction(async tx => {
      // Insert first: in the usual case every id is new and no lookup is
      // needed. Ids that were already stored are then checked for replays.
      const inserted: ReuseEvent[] = [];
      const existing: ReuseEvent[] = [];
      for (const chunk of chunks([...unique.values()])) {
        const ids: Array<{ id: string }> = await tx('reuse_events')
          .insert(chunk.map(toRow))
          .onConflict('id')
          .ignore()
          .returning('id');
        const insertedIds = new Set(ids.map(row => row.id));
        for (const event of chunk) {
          (insertedIds.has(event.id) ? inserted : existing).push(event);
        }
      }
      // A changed replay throws, which rolls the whole batch back.
      await this.assertReplays(tx, existing);
      await this.addToDailyRollup(tx, inserted);
      return {
        recorded: inserted.length,
        replayed: events.length - inserted.length,
      };
    });
  }

  /** Stored ids must carry the same event, or the batch is a conflict. */
  private async assertReplays(tx: Knex.Transaction, events: ReuseEvent[]) {
    for (const chunk of chunks(events)) {
      const rows: EventRow[] = await tx('reuse_events').whereIn(
        'id',
        chunk.map(e => e.id),
      );
      const stored = new Map(rows.map(row => [row.id, row]));
      for (const event of chunk) {
        const row = stored.get(event.id);
        if (row && !sameEvent(row, event)) {
          throw new ConflictError(
            `Event id "${event.id}" was already recorded for a different event`,
          );
        }
      }
    }
  }

  /**
   * Adds events to the daily roll-up, in the transaction that stores them.
   * Per-asset summaries read it; the KPI block roll-ups catch up with it in
   * a scheduled fold (see DatabaseReuseBlockFoldStore).
   */
  private async addToDailyRollup(tx: Knex.Transaction, events: ReuseEvent[]) {
    const counts = new Map<string, { row: ReuseDailyKey; n: number }>();
    for (const event of events) {
      const row = {
        day: utcDay(event.occurredAt),
        entity_ref: event.entityRef,
        prompt_id: event.promptId ?? '',
        event_type: event.type,
        team_ref: event.teamRef,
      };
      const key = Object.values(row).join('\u0000');
      const entry = counts.get(key) ?? { row, n: 0 };
      entry.n += 1;
      counts.set(key, entry);
    }
    const rows = [...counts.values()]
      .map(({ row, n }) => ({ ...row, event_count: n, unfolded: 1 }))
      .sort(byReuseDailyKey);
    for (const chunk of chunks(rows)) {
      await tx('reuse_daily')
        .insert(chunk)
        .onConflict([...REUSE_DAILY_KEY])
        .merge({
          event_count: tx.raw('?? + excluded.event_count', [
            'reuse_daily.event_count',
          ]),
          // Mostly 1 already: then no indexed value changes (see the
          // migration 202611211800 on why that matters).
          unfolded: 1,
        });
    }
  }

  async countsForAsset(options: {
    entityRef: string;
    fromDay: string;
    toDay: string;
  }): Promise<ReuseCounts> {
    const window = this.knex('reuse_daily')
      .where('entity_ref', options.entityRef)
      .whereBetween('day', [options.fromDay, options.toDay]);
    const total = this.knex.raw('sum(event_count) as events');

    const [byType, byTeam, byDay] = await Promise.all([
      window.clone().select('event_type', total).groupBy('event_type'),
      window.clone().select('team_ref', total).groupBy('team_ref'),
      window.clone().select('day', total).groupBy('day').orderBy('day'),
    ]);
    return {
      byType: Object.fromEntries(
        byType.map(r => [r.event_type, Number(r.events)]),
      ),
      byTeam: byTeam
        .map(r => ({ teamRef: r.team_ref as string, events: Number(r.events) }))
        .sort(
          (a, b) => b.events - a.events || a.teamRef.localeCompare(b.teamRef),
        ),
      byDay: byDay.map(r => ({
        day: r.day as string,
        events: Number(r.events),
      })),
    };
  }
}
