import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseScorecardExemptionStore } from './DatabaseScorecardExemptionStore';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const SAM = 'user:default/sam.chen';

const exemption = (overrides: Record<string, unknown> = {}) => ({
  id: 'ex-1',
  entityRef: TRIAGE,
  checkId: 'evaluation-gate',
  justification: 'The evaluation dataset is being relabelled',
  expiresOn: '2026-12-31',
  createdBy: SAM,
  createdAt: new Date('2026-11-21T10:00:00Z'),
  ...overrides,
});

describe.each(ids)('DatabaseScorecardExemptionStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseScorecardExemptionStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseScorecardExemptionStore(knex);
  });

  it('records an exemption once; a replay returns the stored one, other content is a conflict', async () => {
    expect(await store.create(exemption())).toEqual({
      status: 'recorded',
      exemption: exemption(),
    });
    const replay = await store.create(
      exemption({ createdAt: new Date('2026-11-21T10:05:00Z') }),
    );
    expect(replay.status).toBe('replayed');
    expect(replay.exemption.createdAt).toEqual(
      new Date('2026-11-21T10:00:00Z'),
    );
    await expect(
      store.create(exemption({ expiresOn: '2027-03-31' })),
    ).rejects.toThrow('Exemption id "ex-1" was already recorded');
  });

  it('revokes once: a second revocation changes nothing', async () => {
    await store.create(exemption());
    const at = new Date('2026-11-22T08:00:00Z');
    expect(await store.revoke('ex-1', 'user:default/ada.admin', at)).toEqual({
      status: 'revoked',
      exemption: {
        ...exemption(),
        revokedBy: 'user:default/ada.admin',
        revokedAt: at,
      },
    });
    const again = await store.revoke('ex-1', SAM, new Date());
    expect(again?.status).toBe('replayed');
    expect(again?.exemption.revokedBy).toBe('user:default/ada.admin');
    expect(await store.revoke('nope', SAM, at)).toBeUndefined();
  });

  it('lists newest first, and only those in force on a day when asked', async () => {
    await store.create(exemption());
    await store.create(
      exemption({
        id: 'ex-2',
        checkId: 'error-budget-respected',
        expiresOn: '2026-11-30',
        createdAt: new Date('2026-11-21T11:00:00Z'),
      }),
    );
    await store.create(
      exemption({
        id: 'ex-3',
        entityRef: 'promptlibrary:default/support-prompts',
        createdAt: new Date('2026-11-21T12:00:00Z'),
      }),
    );
    await store.revoke('ex-3', SAM, new Date('2026-11-21T13:00:00Z'));

    const idsOf = (list: Array<{ id: string }>) => list.map(e => e.id);
    expect(idsOf(await store.list({}))).toEqual(['ex-3', 'ex-2', 'ex-1']);
    expect(idsOf(await store.list({ activeOn: '2026-11-30' }))).toEqual([
      'ex-2',
      'ex-1',
    ]);
    // ex-2's last day was 2026-11-30: it expired by itself.
    expect(idsOf(await store.list({ activeOn: '2026-12-01' }))).toEqual([
      'ex-1',
    ]);
    expect(idsOf(await store.list({ entityRef: TRIAGE, limit: 1 }))).toEqual([
      'ex-2',
    ]);
  });
});
