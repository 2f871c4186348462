import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseReuseEventStore } from './DatabaseReuseEventStore';
import { migrateDatabase, MIGRATIONS_DIRECTORY } from './migrateDatabase';
import { ReuseEvent } from './ReuseEventStore';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const PROMPTS = 'promptlibrary:default/support-prompts';

function event(overrides: Partial<ReuseEvent> & { id: string }): ReuseEvent {
  return {
    entityRef: TRIAGE,
    type: 'viewed',
    userRef: 'user:default/sam.chen',
    teamRef: 'group:default/finance',
    occurredAt: new Date('2026-11-02T10:00:00Z'),
    ...overrides,
  };
}

describe.each(ids)('DatabaseReuseEventStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseReuseEventStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseReuseEventStore(knex);
  });

  it('records events and counts them per type, team and day', async () => {
    await expect(
      store.record([
        event({ id: 'e1' }),
        event({ id: 'e2', type: 'adopted' }),
        event({ id: 'e3', teamRef: 'group:default/operations' }),
        event({ id: 'e4', occurredAt: new Date('2026-11-03T23:59:59Z') }),
        event({
          id: 'e5',
          entityRef: PROMPTS,
          promptId: 'first-response',
          type: 'copied',
        }),
      ]),
    ).resolves.toEqual({ recorded: 5, replayed: 0 });

    expect(
      await store.countsForAsset({
        entityRef: TRIAGE,
        fromDay: '2026-11-01',
        toDay: '2026-11-30',
      }),
    ).toEqual({
      byType: { viewed: 3, adopted: 1 },
      byTeam: [
        { teamRef: 'group:default/finance', events: 3 },
        { teamRef: 'group:default/operations', events: 1 },
      ],
      byDay: [
        { day: '2026-11-02', events: 3 },
        { day: '2026-11-03', events: 1 },
      ],
    });
  });

  it('keeps the window inclusive and outside days out', async () => {
    await store.record([
      event({ id: 'a', occurredAt: new Date('2026-10-31T23:59:59Z') }),
      event({ id: 'b', occurredAt: new Date('2026-11-01T00:00:00Z') }),
      event({ id: 'c', occurredAt: new Date('2026-11-30T12:00:00Z') }),
      event({ id: 'd', occurredAt: new Date('2026-12-01T00:00:00Z') }),
    ]);
    const counts = await store.countsForAsset({
      entityRef: TRIAGE,
      fromDay: '2026-11-01',
      toDay: '2026-11-30',
    });
    expect(counts.byDay).toEqual([
      { day: '2026-11-01', events: 1 },
      { day: '2026-11-30', events: 1 },
    ]);
  });

  it('is idempotent: a replayed id records nothing and is not counted twice', async () => {
    await store.record([event({ id: 'e1' }), event({ id: 'e2' })]);
    await expect(
      store.record([
        event({ id: 'e1' }),
        event({ id: 'e2' }),
        event({ id: 'e3' }),
      ]),
    ).resolves.toEqual({ recorded: 1, replayed: 2 });
    // The same id twice in one batch is one event.
    await expect(
      store.record([event({ id: 'e4' }), event({ id: 'e4' })]),
    ).resolves.toEqual({
      recorded: 1,
      replayed: 1,
    });
    const counts = await store.countsForAsset({
      entityRef: TRIAGE,
      fromDay: '2026-11-01',
      toDay: '2026-11-30',
    });
    expect(counts.byType).toEqual({ viewed: 4 });
    expect(Number((await knex('reuse_events').count({ n: '*' }))[0].n)).toBe(4);
  });

  it('refuses an id reused for a different event, and stores nothing of that batch', async () => {
    await store.record([event({ id: 'e1' })]);
    await expect(
      store.record([event({ id: 'e2' }), event({ id: 'e1', type: 'forked' })]),
    ).rejects.toThrow(
      'Event id "e1" was already recorded for a different event',
    );
    await expect(
      store.record([
        event({ id: 'e3' }),
        event({ id: 'e3', teamRef: 'group:default/sales' }),
      ]),
    ).rejects.toThrow('Event id "e3" is used twice in the batch');
    const counts = await store.countsForAsset({
      entityRef: TRIAGE,
      fromDay: '2026-11-01',
      toDay: '2026-11-30',
    });
    expect(counts.byType).toEqual({ viewed: 1 });
  });

  it('stores a batch of 1,000 events', async () => {
    const batch = Array.from({ length: 1000 }, (_, i) =>
      event({
        id: `bulk-${i}`,
        teamRef: `group:default/team-${i % 7}`,
        occurredAt: new Date(Date.UTC(2026, 10, 1 + (i % 30), 12)),
      }),
    );
    await expect(store.record(batch)).resolves.toEqual({
      recorded: 1000,
      replayed: 0,
    });
    const counts = await store.countsForAsset({
      entityRef: TRIAGE,
      fromDay: '2026-11-01',
      toDay: '2026-11-30',
    });
    expect(counts.byType).toEqual({ viewed: 1000 });
    expect(counts.byTeam).toHaveLength(7);
    expect(counts.byDay).toHaveLength(30);
  });

  it('migrates down and up again', async () => {
    await knex.migrate.rollback({ directory: MIGRATIONS_DIRECTORY }, true);
    expect(await knex.schema.hasTable('reuse_events')).toBe(false);
    await migrateDatabase(knex);
    expect(await knex.schema.hasTable('reuse_daily')).toBe(true);
  });
});
