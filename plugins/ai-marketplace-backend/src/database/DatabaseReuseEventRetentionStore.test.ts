import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseReuseEventRetentionStore } from './DatabaseReuseEventRetentionStore';
import { DatabaseReuseEventStore } from './DatabaseReuseEventStore';
import { migrateDatabase } from './migrateDatabase';
import { ReuseEvent } from './ReuseEventStore';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE = 'aiworkflow:default/support-ticket-triage';

function event(id: string, occurredAt: string): ReuseEvent {
  return {
    id,
    entityRef: TRIAGE,
    type: 'adopted',
    userRef: 'user:default/sam.chen',
    teamRef: 'group:default/finance',
    occurredAt: new Date(occurredAt),
  };
}

describe.each(ids)('DatabaseReuseEventRetentionStore on %s', databaseId => {
  let knex: Knex;
  let reuseEvents: DatabaseReuseEventStore;
  let store: DatabaseReuseEventRetentionStore;

  const remainingIds = async () =>
    (await knex('reuse_events').orderBy('id')).map(row => row.id);

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    reuseEvents = new DatabaseReuseEventStore(knex);
    store = new DatabaseReuseEventRetentionStore(knex);
  });

  it('deletes at most the limit, oldest first, and only events before the cutoff', async () => {
    await reuseEvents.record([
      event('a', '2025-01-01T00:00:00Z'),
      event('b', '2025-02-01T00:00:00Z'),
      event('c', '2025-03-01T00:00:00Z'),
      event('d', '2025-03-31T23:59:59.999Z'),
      event('e', '2025-04-01T00:00:00Z'),
    ]);
    const cutoff = new Date('2025-04-01T00:00:00Z');
    await expect(store.deleteOccurredBefore(cutoff, 2)).resolves.toBe(2);
    expect(await remainingIds()).toEqual(['c', 'd', 'e']);
    await expect(store.deleteOccurredBefore(cutoff, 2)).resolves.toBe(2);
    await expect(store.deleteOccurredBefore(cutoff, 2)).resolves.toBe(0);
    // An event exactly at the cutoff is not older than it.
    expect(await remainingIds()).toEqual(['e']);
  });

  it('leaves the daily roll-ups, so reuse counts do not change', async () => {
    await reuseEvents.record([
      event('old-1', '2025-01-10T09:00:00Z'),
      event('old-2', '2025-01-10T10:00:00Z'),
      event('new-1', '2026-11-01T10:00:00Z'),
    ]);
    const window = {
      entityRef: TRIAGE,
      fromDay: '2025-01-01',
      toDay: '2026-11-30',
    };
    const before = await reuseEvents.countsForAsset(window);
    const dailyRows = () =>
      knex('reuse_daily').orderBy(['day', 'entity_ref', 'team_ref']);
    const dailyBefore = await dailyRows();
    expect(before.byType).toEqual({ adopted: 3 });

    await expect(
      store.deleteOccurredBefore(new Date('2026-01-01T00:00:00Z'), 100),
    ).resolves.toBe(2);

    expect(await remainingIds()).toEqual(['new-1']);
    await expect(reuseEvents.countsForAsset(window)).resolves.toEqual(before);
    expect(await dailyRows()).toEqual(dailyBefore);
  });
});
