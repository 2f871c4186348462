import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseReuseEventRetentionStore } from '../database/DatabaseReuseEventRetentionStore';
import { DatabaseReuseEventStore } from '../database/DatabaseReuseEventStore';
import { migrateDatabase } from '../database/migrateDatabase';
import { ReuseEventRetentionStore } from '../database/ReuseEventRetentionStore';
import { deleteOldReuseEvents } from './deleteOldReuseEvents';

jest.setTimeout(30_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const NOW = new Date('2026-11-21T12:00:00Z');

describe('deleteOldReuseEvents', () => {
  let knex: Knex;
  let reuseEvents: DatabaseReuseEventStore;
  let retention: DatabaseReuseEventRetentionStore;
  const logger = mockServices.logger.mock();

  beforeEach(async () => {
    knex = await databases.init('SQLITE_3');
    await migrateDatabase(knex);
    reuseEvents = new DatabaseReuseEventStore(knex);
    retention = new DatabaseReuseEventRetentionStore(knex);
    jest.clearAllMocks();
  });

  /** `count` events, one a day, the newest `newestDaysAgo` days before NOW. */
  async function recordDaily(count: number, newestDaysAgo: number) {
    await reuseEvents.record(
      Array.from({ length: count }, (_, i) => ({
        id: `e-${newestDaysAgo}-${i}`,
        entityRef: TRIAGE,
        type: 'adopted' as const,
        userRef: 'user:default/sam.chen',
        teamRef: 'group:default/finance',
        occurredAt: new Date(NOW.getTime() - (newestDaysAgo + i) * 86_400_000),
      })),
    );
  }

  it('deletes raw events older than rawEventDays in chunks, and says how many', async () => {
    await recordDaily(25, 10); // 10..34 days old
    const chunks: number[] = [];
    const counting: ReuseEventRetentionStore = {
      deleteOccurredBefore: async (cutoff, limit) => {
        const deleted = await retention.deleteOccurredBefore(cutoff, limit);
        chunks.push(deleted);
        return deleted;
      },
    };
    await expect(
      deleteOldReuseEvents({
        store: counting,
        logger,
        rawEventDays: 20,
        now: () => NOW,
        chunkSize: 4,
      }),
    ).resolves.toEqual({
      deleted: 14,
      cutoff: new Date('2026-11-01T12:00:00Z'),
    });
    // 21..34 days old, and exactly 20 days old is not older than 20 days.
    expect(chunks).toEqual([4, 4, 4, 2]);
    expect(Number((await knex('reuse_events').count({ n: '*' }))[0].n)).toBe(
      11,
    );
    expect(logger.info).toHaveBeenCalledWith(
      'Reuse event retention deleted 14 raw events that occurred before 2026-11-01T12:00:00.000Z; daily roll-ups are kept',
    );
  });

  it('leaves the daily roll-ups, so reuse summaries and KPIs do not change', async () => {
    await recordDaily(30, 380); // 380..409 days old
    await recordDaily(5, 1);
    const window = {
      entityRef: TRIAGE,
      fromDay: '2025-01-01',
      toDay: '2026-11-21',
    };
    const before = await reuseEvents.countsForAsset(window);
    expect(before.byType).toEqual({ adopted: 35 });

    await expect(
      deleteOldReuseEvents({
        store: retention,
        logger,
        rawEventDays: 400,
        now: () => NOW,
      }),
    ).resolves.toMatchObject({ deleted: 9 });

    await expect(reuseEvents.countsForAsset(window)).resolves.toEqual(before);
  });

  it('deletes nothing when no event is old enough', async () => {
    await recordDaily(3, 0);
    await expect(
      deleteOldReuseEvents({
        store: retention,
        logger,
        rawEventDays: 400,
        now: () => NOW,
      }),
    ).resolves.toMatchObject({ deleted: 0 });
  });

  it('stops between chunks when the task is aborted, keeping what it deleted', async () => {
    await recordDaily(10, 100);
    const controller = new AbortController();
    const abortAfterFirstChunk: ReuseEventRetentionStore = {
      deleteOccurredBefore: async (cutoff, limit) => {
        controller.abort();
        return retention.deleteOccurredBefore(cutoff, limit);
      },
    };
    await expect(
      deleteOldReuseEvents({
        store: abortAfterFirstChunk,
        logger,
        rawEventDays: 30,
        now: () => NOW,
        chunkSize: 3,
        signal: controller.signal,
      }),
    ).resolves.toMatchObject({ deleted: 3 });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('stopped early: deleted 3 raw events'),
    );
    expect(Number((await knex('reuse_events').count({ n: '*' }))[0].n)).toBe(7);
  });
});
