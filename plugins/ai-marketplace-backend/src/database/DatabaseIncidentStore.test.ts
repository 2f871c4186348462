import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseIncidentStore } from './DatabaseIncidentStore';
import { NewIncident } from './IncidentStore';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const INBOX = 'aiworkflow:default/sales-inbox-triage';
const NOW = new Date('2026-11-21T12:00:00Z');

function incident(
  overrides: Partial<NewIncident> & { id: string },
): NewIncident {
  return {
    entityRef: TRIAGE,
    severity: 'sev2',
    summary: 'Drafted replies quoted another customer’s order number.',
    occurredAt: new Date('2026-11-20T08:00:00Z'),
    reportedBy: 'user:default/sam.chen',
    teamRef: 'group:default/customer-support',
    ...overrides,
  };
}

describe.each(ids)('DatabaseIncidentStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseIncidentStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseIncidentStore(knex);
  });

  it('records an incident and hands it back as stored', async () => {
    await expect(store.record(incident({ id: 'inc-1' }), NOW)).resolves.toEqual(
      {
        recorded: true,
        incident: {
          id: 'inc-1',
          entityRef: TRIAGE,
          severity: 'sev2',
          summary: 'Drafted replies quoted another customer’s order number.',
          occurredAt: new Date('2026-11-20T08:00:00Z'),
          reportedBy: 'user:default/sam.chen',
          teamRef: 'group:default/customer-support',
          recordedAt: NOW,
        },
      },
    );
  });

  it('records a service report without a team, occurring now unless it says when', async () => {
    const { incident: stored } = await store.record(
      incident({
        id: 'inc-1',
        reportedBy: 'service:alerting',
        teamRef: undefined,
        occurredAt: undefined,
      }),
      NOW,
    );
    expect(stored.teamRef).toBeUndefined();
    expect(stored.occurredAt).toEqual(NOW);
  });

  it('is idempotent: a replay records nothing and returns the stored incident', async () => {
    await store.record(incident({ id: 'inc-1' }), NOW);
    const later = new Date('2026-11-21T13:00:00Z');
    const replay = await store.record(incident({ id: 'inc-1' }), later);
    expect(replay).toMatchObject({
      recorded: false,
      incident: { recordedAt: NOW },
    });
    const untimed = await store.record(
      incident({ id: 'inc-1', occurredAt: undefined }),
      later,
    );
    expect(untimed.recorded).toBe(false);
    expect(Number((await knex('ai_incidents').count({ n: '*' }))[0].n)).toBe(1);
  });

  it.each<[string, Partial<NewIncident>]>([
    ['severity', { severity: 'sev1' }],
    ['summary', { summary: 'Something else happened.' }],
    ['workflow', { entityRef: INBOX }],
    ['reporter', { reportedBy: 'service:alerting' }],
    ['team', { teamRef: undefined }],
    ['time', { occurredAt: new Date('2026-11-20T09:00:00Z') }],
  ])('refuses an id reused with another %s', async (_what, changed) => {
    await store.record(incident({ id: 'inc-1' }), NOW);
    await expect(
      store.record(incident({ id: 'inc-1', ...changed }), NOW),
    ).rejects.toThrow(
      'Incident id "inc-1" was already recorded with different content',
    );
  });

  it('lists a window, latest first, filtered and limited', async () => {
    const at = (iso: string) => new Date(iso);
    await store.record(
      incident({ id: 'before', occurredAt: at('2026-10-31T23:59:59Z') }),
      NOW,
    );
    await store.record(
      incident({ id: 'first', occurredAt: at('2026-11-01T00:00:00Z') }),
      NOW,
    );
    await store.record(
      incident({ id: 'last', occurredAt: at('2026-11-30T23:59:59Z') }),
      NOW,
    );
    await store.record(
      incident({
        id: 'other',
        entityRef: INBOX,
        occurredAt: at('2026-11-15T00:00:00Z'),
      }),
      NOW,
    );
    await store.record(
      incident({ id: 'after', occurredAt: at('2026-12-01T00:00:00Z') }),
      NOW,
    );
    const window = {
      occurredFrom: at('2026-11-01T00:00:00Z'),
      occurredBefore: at('2026-12-01T00:00:00Z'),
    };
    const listedIds = async (filter: object) =>
      (await store.list({ ...window, limit: 10, ...filter })).map(r => r.id);

    expect(await listedIds({})).toEqual(['last', 'other', 'first']);
    expect(await listedIds({ entityRef: TRIAGE })).toEqual(['last', 'first']);
    expect(await listedIds({ limit: 2 })).toEqual(['last', 'other']);
  });
});
