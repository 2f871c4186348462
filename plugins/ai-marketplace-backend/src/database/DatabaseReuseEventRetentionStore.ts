import { Knex } from 'knex';
import { ReuseEventRetentionStore } from './ReuseEventRetentionStore';

/** Retention of raw reuse events in the plugin's own database. */
export class DatabaseReuseEventRetentionStore
  implements ReuseEventRetentionStore
{
  constructor(private readonly knex: Knex) {}

  async deleteOccurredBefore(cutoff: Date, limit: number): Promise<number> {
    // DELETE ... LIMIT is not portable; deleting by the ids of a limited
    // select (served by reuse_events_time_idx) works on both databases.
    const oldest = this.knex('reuse_events')
      .select('id')
      .where('occurred_at', '<', cutoff)
      .orderBy('occurred_at')
      .limit(limit);
    return this.knex('reuse_events').whereIn('id', oldest).delete();
  }
}
