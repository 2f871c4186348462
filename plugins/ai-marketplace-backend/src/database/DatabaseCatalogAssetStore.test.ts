import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { CatalogAsset } from './CatalogAssetStore';
import { DatabaseCatalogAssetStore } from './DatabaseCatalogAssetStore';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE: CatalogAsset = {
  entityRef: 'aiworkflow:default/support-ticket-triage',
  kind: 'aiworkflow',
  title: 'Support ticket triage',
  ownerRef: 'group:default/customer-support',
  function: 'support',
  guildRef: 'group:default/support-automation-guild',
  lifecycle: 'production',
  derivedFromRef: 'aiworkflow:default/sales-inbox-triage',
  evaluationThreshold: 0.92,
  errorBudgetIncidents: 2,
  errorBudgetPeriod: 'P30D',
};

const PROMPTS: CatalogAsset = {
  entityRef: 'promptlibrary:default/support-prompts',
  kind: 'promptlibrary',
  title: 'Support prompt library',
  ownerRef: 'group:default/customer-support',
  function: 'support',
};

const DAY1 = new Date('2026-11-01T10:00:00Z');
const DAY2 = new Date('2026-11-02T10:00:00Z');
const DAY3 = new Date('2026-11-03T10:00:00Z');

describe.each(ids)('DatabaseCatalogAssetStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseCatalogAssetStore;

  const rowOf = async (entityRef: string) =>
    knex('catalog_assets').where({ entity_ref: entityRef }).first();

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseCatalogAssetStore(knex);
  });

  it('stores every column of a new asset, and reads it back', async () => {
    await expect(
      store.replaceSnapshot([TRIAGE, PROMPTS], DAY1),
    ).resolves.toEqual({ added: 2, updated: 0, returned: 0, removed: 0 });
    expect(await store.presentAssets()).toEqual(
      [
        { ...TRIAGE, firstSeenAt: DAY1, lastSeenAt: DAY1 },
        {
          ...PROMPTS,
          guildRef: undefined,
          lifecycle: undefined,
          derivedFromRef: undefined,
          evaluationThreshold: undefined,
          errorBudgetIncidents: undefined,
          errorBudgetPeriod: undefined,
          firstSeenAt: DAY1,
          lastSeenAt: DAY1,
          removedAt: undefined,
        },
      ].map(asset => ({ removedAt: undefined, ...asset })),
    );
    // The KPI queries read the table directly: the columns mean what the
    // migration says.
    expect(await rowOf(TRIAGE.entityRef)).toMatchObject({
      kind: 'aiworkflow',
      owner_ref: 'group:default/customer-support',
      function: 'support',
      guild_ref: 'group:default/support-automation-guild',
      derived_from_ref: 'aiworkflow:default/sales-inbox-triage',
      error_budget_period: 'P30D',
      removed_at: null,
    });
  });

  it('keeps first_seen_at and updates everything else on a later sighting', async () => {
    await store.replaceSnapshot([TRIAGE], DAY1);
    const moved = {
      ...TRIAGE,
      ownerRef: 'group:default/operations',
      evaluationThreshold: undefined,
      guildRef: undefined,
    };
    await expect(store.replaceSnapshot([moved], DAY2)).resolves.toEqual({
      added: 0,
      updated: 1,
      returned: 0,
      removed: 0,
    });
    const [asset] = await store.presentAssets();
    expect(asset).toMatchObject({
      ownerRef: 'group:default/operations',
      evaluationThreshold: undefined,
      guildRef: undefined,
      firstSeenAt: DAY1,
      lastSeenAt: DAY2,
    });
  });

  it('marks an asset gone from the catalog removed, once, and clears that when it returns', async () => {
    await store.replaceSnapshot([TRIAGE, PROMPTS], DAY1);
    await expect(store.replaceSnapshot([PROMPTS], DAY2)).resolves.toEqual({
      added: 0,
      updated: 1,
      returned: 0,
      removed: 1,
    });
    expect((await store.presentAssets()).map(a => a.entityRef)).toEqual([
      PROMPTS.entityRef,
    ]);
    const removed = await rowOf(TRIAGE.entityRef);
    expect(new Date(removed.removed_at)).toEqual(DAY2);
    expect(new Date(removed.last_seen_at)).toEqual(DAY1);

    // Still gone: removed_at keeps the day it disappeared.
    await expect(store.replaceSnapshot([PROMPTS], DAY3)).resolves.toMatchObject(
      { removed: 0 },
    );
    expect(new Date((await rowOf(TRIAGE.entityRef)).removed_at)).toEqual(DAY2);

    await expect(
      store.replaceSnapshot([TRIAGE, PROMPTS], DAY3),
    ).resolves.toEqual({ added: 0, updated: 2, returned: 1, removed: 0 });
    const back = await rowOf(TRIAGE.entityRef);
    expect(back.removed_at).toBeNull();
    expect(new Date(back.first_seen_at)).toEqual(DAY1);
    expect(new Date(back.last_seen_at)).toEqual(DAY3);
  });

  it('marks everything removed when the catalog has no assets left', async () => {
    await store.replaceSnapshot([TRIAGE, PROMPTS], DAY1);
    await expect(store.replaceSnapshot([], DAY2)).resolves.toMatchObject({
      removed: 2,
    });
    expect(await store.presentAssets()).toEqual([]);
  });

  it('marks the flows of the trailing KPI blocks stale when assets come, return or change owner', async () => {
    const flowsComplete = async () => {
      const row = await knex('reuse_trailing_blocks').first();
      return Number(row.flows_complete);
    };
    /** A snapshot, after the fold has rebuilt the flows. */
    const snapshot = async (assets: CatalogAsset[], at: Date) => {
      await knex('reuse_trailing_blocks').update({ flows_complete: 1 });
      await store.replaceSnapshot(assets, at);
      return flowsComplete();
    };
    await knex('reuse_trailing_blocks').insert({
      block_days: 30,
      block_start: '2026-10-04',
      built_at: DAY1,
      flows_complete: 1,
    });

    expect(await snapshot([TRIAGE], DAY1)).toBe(0); // added
    expect(await snapshot([TRIAGE], DAY2)).toBe(1); // nothing changed
    expect(await snapshot([TRIAGE, PROMPTS], DAY2)).toBe(0); // added
    expect(await snapshot([TRIAGE], DAY3)).toBe(1); // PROMPTS removed
    expect(await snapshot([TRIAGE, PROMPTS], DAY3)).toBe(0); // returned
    expect(
      await snapshot(
        [{ ...TRIAGE, ownerRef: 'group:default/finance' }, PROMPTS],
        DAY3,
      ),
    ).toBe(0); // owner changed
    expect(
      await snapshot(
        [
          { ...TRIAGE, ownerRef: 'group:default/finance', title: 'New' },
          PROMPTS,
        ],
        DAY3,
      ),
    ).toBe(1); // only the title changed
  });

  it('refreshes a catalog of 1,000 assets', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      ...PROMPTS,
      entityRef: `promptlibrary:default/library-${i}`,
    }));
    await expect(store.replaceSnapshot(many, DAY1)).resolves.toMatchObject({
      added: 1000,
    });
    await expect(
      store.replaceSnapshot(many.slice(0, 400), DAY2),
    ).resolves.toEqual({ added: 0, updated: 400, returned: 0, removed: 600 });
    expect(await store.presentAssets()).toHaveLength(400);
  });
});
