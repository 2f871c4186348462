import { ReuseEventType } from '@ai-marketplace/plugin-ai-marketplace-common';
import { Knex } from 'knex';
import { ReuseBlockFoldStore } from './ReuseBlockFoldStore';
import { addToReuseBlocks, UNFOLDED } from './reuseBlocks';
import { REUSE_DAILY_KEY } from './reuseDailyKey';

type UnfoldedRow = {
  day: string;
  entity_ref: string;
  prompt_id: string;
  event_type: ReuseEventType;
  team_ref: string;
  pending_events: number | string;
};

const KEY = [...REUSE_DAILY_KEY];

/** Rows per statement: well under SQLite's bound-parameter limit. */
const CHUNK = 500;

/** The fold on the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseReuseBlockFoldStore implements ReuseBlockFoldStore {
  constructor(private readonly knex: Knex) {}

  async foldUnfolded(limit: number): Promise<{ rows: number; events: number }> {
    return this.knex.transaction(async tx => {
      const unfolded = tx('reuse_daily')
        .select(...KEY, tx.raw('event_count - folded_count as pending_events'))
        .whereRaw(UNFOLDED)
        .orderBy(KEY)
        .limit(limit);
      if (tx.client.dialect === 'postgresql') {
        // Two folds at once (a run past its timeout, say) take different
        // rows, and a fold never waits on a writer, so it is in no deadlock.
        // SQLite runs one writing transaction at a time anyway.
        unfolded.forUpdate().skipLocked();
      }
      const rows: UnfoldedRow[] = await unfolded;
      const counts = rows
        .filter(row => Number(row.pending_events) > 0)
        .map(row => ({
          day: row.day,
          entityRef: row.entity_ref,
          teamRef: row.team_ref,
          type: row.event_type,
          events: Number(row.pending_events),
        }));
      await addToReuseBlocks(tx, counts);
      // Adds what was read rather than copying event_count: a writer may
      // have counted more events on the row since, and those stay unfolded
      // (the merge sees the row as it is now, the writer's events included).
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx('reuse_daily')
          .insert(
            rows.slice(i, i + CHUNK).map(row => ({
              ...Object.fromEntries(
                KEY.map(column => [column, row[column as keyof UnfoldedRow]]),
              ),
              event_count: 0,
              folded_count: Number(row.pending_events),
              unfolded: 0,
            })),
          )
          .onConflict(KEY)
          .merge({
            folded_count: tx.raw('?? + excluded.folded_count', [
              'reuse_daily.folded_count',
            ]),
            unfolded: tx.raw(
              'case when ?? = ?? + excluded.folded_count then 0 else 1 end',
              ['reuse_daily.event_count', 'reuse_daily.folded_count'],
            ),
          });
      }
      return {
        rows: rows.length,
        events: counts.reduce((sum, count) => sum + count.events, 0),
      };
    });
  }
}
