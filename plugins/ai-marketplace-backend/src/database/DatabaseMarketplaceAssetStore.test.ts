import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import {
  loadMarketplaceDataset,
  NOVEMBER,
  PROMPTS,
  ROUTER,
  SALES,
  SUPPORT,
  TRIAGE,
} from '../marketplace/__fixtures__/marketplaceDataset';
import { DatabaseMarketplaceAssetStore } from './DatabaseMarketplaceAssetStore';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

describe.each(ids)('DatabaseMarketplaceAssetStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseMarketplaceAssetStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseMarketplaceAssetStore(knex);
  });

  it('lists no assets on an empty database', async () => {
    expect(await store.assetStates(NOVEMBER)).toEqual([]);
  });

  it('gives every present asset its latest readiness and its reuse in the window', async () => {
    await loadMarketplaceDataset(knex);
    expect(await store.assetStates(NOVEMBER)).toEqual([
      {
        entityRef: ROUTER,
        ownerRef: SALES,
        firstSeenAt: new Date('2026-11-10T00:00:00Z'),
        readinessLevel: null,
        readinessScore: null,
        reuseEvents: 0,
        consumingTeams: 0,
      },
      {
        entityRef: TRIAGE,
        ownerRef: SUPPORT,
        firstSeenAt: new Date('2026-10-01T00:00:00Z'),
        readinessLevel: 'gold',
        readinessScore: 0.95,
        reuseEvents: 4,
        consumingTeams: 2,
      },
      {
        entityRef: PROMPTS,
        ownerRef: SUPPORT,
        firstSeenAt: new Date('2026-10-01T00:00:00Z'),
        readinessLevel: null,
        readinessScore: 0.4,
        reuseEvents: 1,
        consumingTeams: 0,
      },
    ]);
  });

  it('counts only the days of the window', async () => {
    await loadMarketplaceDataset(knex);
    const october = await store.assetStates({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(october.find(asset => asset.entityRef === TRIAGE)).toMatchObject({
      reuseEvents: 1,
      consumingTeams: 1,
    });
  });
});
