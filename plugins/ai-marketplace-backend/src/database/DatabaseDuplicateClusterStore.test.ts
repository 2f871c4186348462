import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseDuplicateClusterStore } from './DatabaseDuplicateClusterStore';
import { DuplicateDetectionRun } from './DuplicateClusterStore';
import { migrateDatabase, MIGRATIONS_DIRECTORY } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const SUPPORT = 'group:default/customer-support';
const SALES = 'group:default/sales';
const FINANCE = 'group:default/finance';

const run: DuplicateDetectionRun = {
  detectedAt: new Date('2026-11-21T10:00:00Z'),
  similarityThreshold: 0.5,
  candidates: 72,
  clusters: [
    {
      id: 'prompt-0123456789abcdef',
      items: [
        {
          entityRef: 'promptlibrary:default/sales-prompts',
          promptId: 'email-tone-rewrite',
          ownerRef: SALES,
          title: 'Sales email tone rewrite',
          similarity: 0.64,
        },
        {
          entityRef: 'promptlibrary:default/support-prompts',
          promptId: 'tone-rewrite',
          ownerRef: SUPPORT,
          title: 'Tone rewrite',
          similarity: 0.64,
        },
      ],
    },
    {
      id: 'workflow-fedcba9876543210',
      items: [
        {
          entityRef: 'aiworkflow:default/ap-invoice-triage',
          ownerRef: FINANCE,
          title: 'AP invoice triage',
          similarity: 0.7,
        },
        {
          entityRef: 'aiworkflow:default/ap-invoice-triage-v2',
          ownerRef: SALES,
          title: 'AP invoice triage v2',
          similarity: 0.9,
        },
        {
          entityRef: 'aiworkflow:default/supplier-email-triage',
          ownerRef: SUPPORT,
          title: 'Supplier email triage',
          similarity: 0.9,
        },
      ],
    },
  ],
};

describe.each(ids)('DatabaseDuplicateClusterStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseDuplicateClusterStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseDuplicateClusterStore(knex);
  });

  it('has no run before the first one', async () => {
    await expect(store.lastRun()).resolves.toBeUndefined();
  });

  it('stores a run and reads it back, largest cluster first and items in id order', async () => {
    await store.replaceRun(run);
    await expect(store.lastRun()).resolves.toEqual({
      ...run,
      clusters: [run.clusters[1], run.clusters[0]],
    });
    // One row per item, keyed as the migration says.
    const rows = await knex('duplicate_clusters').orderBy('item_id');
    expect(rows.map(r => [r.item_id, r.prompt_id])).toEqual([
      ['aiworkflow:default/ap-invoice-triage', ''],
      ['aiworkflow:default/ap-invoice-triage-v2', ''],
      ['aiworkflow:default/supplier-email-triage', ''],
      [
        'promptlibrary:default/sales-prompts#email-tone-rewrite',
        'email-tone-rewrite',
      ],
      ['promptlibrary:default/support-prompts#tone-rewrite', 'tone-rewrite'],
    ]);
  });

  it('replaces the previous run entirely, also with a run that found nothing', async () => {
    await store.replaceRun(run);
    const later = {
      detectedAt: new Date('2026-11-21T11:00:00Z'),
      similarityThreshold: 0.6,
      candidates: 70,
      clusters: [run.clusters[0]],
    };
    await store.replaceRun(later);
    await expect(store.lastRun()).resolves.toEqual(later);

    const empty = {
      detectedAt: new Date('2026-11-21T12:00:00Z'),
      similarityThreshold: 0.6,
      candidates: 70,
      clusters: [],
    };
    await store.replaceRun(empty);
    await expect(store.lastRun()).resolves.toEqual(empty);
    expect(
      Number((await knex('duplicate_detection_runs').count({ n: '*' }))[0].n),
    ).toBe(1);
  });

  it('keeps the previous run when storing a new one fails', async () => {
    await store.replaceRun(run);
    const broken = {
      ...run,
      detectedAt: new Date('2026-11-21T11:00:00Z'),
      // The same item twice in a cluster breaks the primary key.
      clusters: [
        {
          ...run.clusters[0],
          items: [...run.clusters[0].items, run.clusters[0].items[0]],
        },
      ],
    };
    // toThrow() does not recognise better-sqlite3's errors (another realm).
    await expect(store.replaceRun(broken)).rejects.toHaveProperty(
      'message',
      expect.stringMatching(/unique/i),
    );
    await expect(store.lastRun()).resolves.toEqual({
      ...run,
      clusters: [run.clusters[1], run.clusters[0]],
    });
  });

  it('migrates down and up again', async () => {
    await knex.migrate.rollback({ directory: MIGRATIONS_DIRECTORY }, true);
    expect(await knex.schema.hasTable('duplicate_detection_runs')).toBe(false);
    await migrateDatabase(knex);
    expect(await knex.schema.hasTable('duplicate_detection_runs')).toBe(true);
  });
});
