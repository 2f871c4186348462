import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { DatabaseCatalogAssetStore } from '../database/DatabaseCatalogAssetStore';
import { migrateDatabase } from '../database/migrateDatabase';
import { syncCatalogAssets } from './syncCatalogAssets';

jest.setTimeout(30_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

function workflow(name: string, owner: string): Entity {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata: { name, title: `Workflow ${name}` },
    spec: {
      type: 'assistant',
      lifecycle: 'production',
      owner,
      function: 'support',
      actionTier: 'read',
      riskTier: 'low',
      evaluation: { passRate: 0.9 },
    },
  };
}

function library(name: string, owner: string): Entity {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name },
    spec: {
      lifecycle: 'production',
      owner,
      function: 'sales',
      guild: 'group:default/prompt-engineering-guild',
      prompts: [{ id: 'p', title: 'P', template: 'Hello' }],
    },
  };
}

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing-api' },
  spec: { type: 'service', owner: 'finance', lifecycle: 'production' },
};

/** A kind named like ours from another API group is not an asset. */
const impostor: Entity = {
  ...workflow('impostor', 'sales'),
  apiVersion: 'example.com/v1',
};

describe('syncCatalogAssets', () => {
  let knex: Knex;
  let store: DatabaseCatalogAssetStore;
  const logger = mockServices.logger.mock();
  const auth = mockServices.auth();

  beforeEach(async () => {
    knex = await databases.init('SQLITE_3');
    await migrateDatabase(knex);
    store = new DatabaseCatalogAssetStore(knex);
    jest.clearAllMocks();
  });

  const sync = (entities: Entity[], now: string) =>
    syncCatalogAssets({
      catalog: catalogServiceMock({ entities }),
      auth,
      store,
      logger,
      now: () => new Date(now),
    });

  it('snapshots every AIWorkflow and PromptLibrary, and nothing else', async () => {
    await expect(
      sync(
        [
          workflow('triage', 'customer-support'),
          library('sales-prompts', 'group:default/sales'),
          component,
          impostor,
        ],
        '2026-11-01T10:00:00Z',
      ),
    ).resolves.toEqual({
      added: 2,
      updated: 0,
      returned: 0,
      removed: 0,
      skipped: 0,
    });
    expect(await store.presentAssets()).toEqual([
      expect.objectContaining({
        entityRef: 'aiworkflow:default/triage',
        title: 'Workflow triage',
        ownerRef: 'group:default/customer-support',
        evaluationThreshold: 0.9,
      }),
      expect.objectContaining({
        entityRef: 'promptlibrary:default/sales-prompts',
        guildRef: 'group:default/prompt-engineering-guild',
      }),
    ]);
    expect(logger.info).toHaveBeenCalledWith(
      'Catalog snapshot refreshed: 2 assets (2 new, 0 back, 0 removed, 0 skipped)',
    );
  });

  it('reads a catalog larger than one page', async () => {
    const many = Array.from({ length: 1234 }, (_, i) =>
      library(`library-${i}`, 'sales'),
    );
    await expect(sync(many, '2026-11-01T10:00:00Z')).resolves.toMatchObject({
      added: 1234,
    });
    expect(await store.presentAssets()).toHaveLength(1234);
  });

  it('marks assets that left the catalog removed and brings them back when they return', async () => {
    const triage = workflow('triage', 'customer-support');
    const prompts = library('sales-prompts', 'sales');
    await sync([triage, prompts], '2026-11-01T10:00:00Z');
    await expect(
      sync([prompts], '2026-11-02T10:00:00Z'),
    ).resolves.toMatchObject({ removed: 1 });
    expect((await store.presentAssets()).map(a => a.entityRef)).toEqual([
      'promptlibrary:default/sales-prompts',
    ]);
    await expect(
      sync([triage, prompts], '2026-11-03T10:00:00Z'),
    ).resolves.toMatchObject({ returned: 1 });
    const [back] = await store.presentAssets();
    expect(back.firstSeenAt).toEqual(new Date('2026-11-01T10:00:00Z'));
  });

  it('skips an asset it cannot store, with a warning naming it and the field', async () => {
    const broken = workflow('broken', 'group:');
    await expect(
      sync([broken, library('sales-prompts', 'sales')], '2026-11-01T10:00:00Z'),
    ).resolves.toMatchObject({ added: 1, skipped: 1 });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Catalog snapshot skipped aiworkflow:default/broken: spec.owner: ',
      ),
    );
  });

  it('writes nothing when the catalog cannot be read', async () => {
    await sync([workflow('triage', 'sales')], '2026-11-01T10:00:00Z');
    const failing = catalogServiceMock.mock({
      streamEntities: () => {
        throw new Error('catalog unavailable');
      },
    });
    await expect(
      syncCatalogAssets({ catalog: failing, auth, store, logger }),
    ).rejects.toThrow('catalog unavailable');
    expect(await store.presentAssets()).toHaveLength(1);
  });

  it('stops without writing when the task is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      syncCatalogAssets({
        catalog: catalogServiceMock({
          entities: [workflow('triage', 'sales')],
        }),
        auth,
        store,
        logger,
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    expect(await store.presentAssets()).toEqual([]);
  });
});
