import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { migrateDatabase } from '../database/migrateDatabase';
import { exampleCatalog } from './__fixtures__/exampleCatalog';
import { createDemoHistoryTask } from './demoHistoryTask';
import { hasRecordedHistory } from './writeDemoHistory';

jest.setTimeout(120_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const NOW = new Date('2026-11-21T14:00:00Z');

async function count(knex: Knex, table: string): Promise<number> {
  return Number((await knex(table).count({ n: '*' }))[0].n);
}

describe.each(ids)('demo history task on %s', databaseId => {
  let knex: Knex;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
  });

  function task(entities: Entity[]) {
    return createDemoHistoryTask({
      knex,
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      days: 30,
      now: () => NOW,
    });
  }

  it('waits while the catalog has no AI assets yet', async () => {
    const run = task(
      exampleCatalog().filter(e => e.kind === 'User' || e.kind === 'Group'),
    );
    await expect(run()).resolves.toBe('waiting-for-catalog');
    await expect(run()).resolves.toBe('waiting-for-catalog');
    expect(await hasRecordedHistory(knex)).toBe(false);
    expect(await count(knex, 'catalog_assets')).toBe(0);
  });

  it('writes once the catalog lists the organisation, and then does nothing', async () => {
    const run = task(exampleCatalog());
    await expect(run()).resolves.toBe('written');
    const events = await count(knex, 'reuse_events');
    expect(events).toBeGreaterThan(1000);
    expect(await count(knex, 'experiments')).toBeGreaterThan(0);
    expect(await count(knex, 'catalog_assets')).toBe(30);

    await expect(run()).resolves.toBe('history-exists');
    expect(await count(knex, 'reuse_events')).toBe(events);
  });

  it('leaves a database with any history alone', async () => {
    await knex('experiments').insert({
      id: 'real-1',
      entity_ref: 'aiworkflow:default/sales-inbox-triage',
      team_ref: 'group:default/sales',
      started_by: 'user:default/daniel.kim',
      started_at: NOW,
    });
    const run = task(exampleCatalog());
    await expect(run()).resolves.toBe('history-exists');
    expect(await count(knex, 'reuse_events')).toBe(0);
    expect(await count(knex, 'experiments')).toBe(1);
  });

  it('waits for missing asset owners until the catalog stops changing', async () => {
    // The Sales group is not ingested (yet): wait one run, then write.
    const run = task(
      exampleCatalog().filter(
        e => !(e.kind === 'Group' && e.metadata.name === 'sales'),
      ),
    );
    await expect(run()).resolves.toBe('waiting-for-catalog');
    await expect(run()).resolves.toBe('written');
    expect(await count(knex, 'reuse_events')).toBeGreaterThan(0);
  });
});
