import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import {
  FINANCE,
  PROMPTS,
  reuseEvent as event,
  SUPPORT,
  TRIAGE,
} from '../__testUtils__/reuseEvents';
import { DatabaseReuseBlockFoldStore } from './DatabaseReuseBlockFoldStore';
import { DatabaseReuseEventStore } from './DatabaseReuseEventStore';
import { migrateDatabase, MIGRATIONS_DIRECTORY } from './migrateDatabase';
import { assetReuseRows, teamReuseRows } from './reuseBlocks';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

/** 40 events over two assets, two teams, three types and twelve days. */
const EVENTS = Array.from({ length: 40 }, (_, i) =>
  event({
    id: `e${i}`,
    entityRef: i % 3 ? TRIAGE : PROMPTS,
    promptId: i % 3 ? undefined : 'first-response',
    teamRef: i % 4 ? SUPPORT : FINANCE,
    type: (['invoked', 'viewed', 'copied'] as const)[i % 3],
    occurredAt: new Date(Date.UTC(2026, 10, 1 + (i % 12), 9)),
  }),
);

describe.each(ids)('DatabaseReuseBlockFoldStore on %s', databaseId => {
  let knex: Knex;
  let events: DatabaseReuseEventStore;
  let fold: DatabaseReuseBlockFoldStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    events = new DatabaseReuseEventStore(knex);
    fold = new DatabaseReuseBlockFoldStore(knex);
  });

  /** November's reuse per asset and team, as the KPIs read it. */
  async function novemberReuse() {
    const assets = await knex
      .from(assetReuseRows(knex, NOVEMBER).as('b'))
      .select('b.entity_ref')
      .sum({ invoked: 'b.invoked', viewed: 'b.viewed', copied: 'b.copied' })
      .groupBy('b.entity_ref')
      .orderBy('b.entity_ref');
    const teams = await knex
      .from(teamReuseRows(knex, NOVEMBER).as('t'))
      .select('t.entity_ref', 't.team_ref')
      .sum({ events: 't.events' })
      .groupBy('t.entity_ref', 't.team_ref')
      .orderBy(['t.entity_ref', 't.team_ref']);
    const numbers = (rows: Array<Record<string, unknown>>) =>
      rows.map(row =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [
            k,
            k.endsWith('_ref') ? v : Number(v),
          ]),
        ),
      );
    return { assets: numbers(assets), teams: numbers(teams) };
  }

  /** Rows marked unfolded; and rows whose counts differ, which must match. */
  const unfoldedRows = async () => {
    const count = async (where: string) =>
      Number(
        (await knex('reuse_daily').whereRaw(where).count({ n: '*' }))[0].n,
      );
    const marked = await count('unfolded = 1');
    expect(await count('event_count <> folded_count')).toBe(marked);
    return marked;
  };

  it('leaves the blocks to the fold, and reads the same reuse before and after it', async () => {
    await events.record(EVENTS);
    const blockRows = async (table: string) =>
      Number((await knex(table).count({ n: '*' }))[0].n);
    expect(await blockRows('reuse_asset_blocks')).toBe(0);
    expect(await blockRows('reuse_team_blocks')).toBe(0);
    const before = await novemberReuse();
    // Written out: TRIAGE gets 13 viewed (i % 3 = 1) and 13 copied
    // (i % 3 = 2), PROMPTS 14 invoked (i % 3 = 0).
    expect(before.assets).toEqual(
      [
        { entity_ref: TRIAGE, invoked: 0, viewed: 13, copied: 13 },
        { entity_ref: PROMPTS, invoked: 14, viewed: 0, copied: 0 },
      ].sort((x, y) => (x.entity_ref < y.entity_ref ? -1 : 1)),
    );
    expect(before.teams.reduce((sum, row) => sum + Number(row.events), 0)).toBe(
      40,
    );

    const folded = await fold.foldUnfolded(1_000);
    expect(folded.events).toBe(40);
    expect(folded.rows).toBeGreaterThan(0);
    expect(await unfoldedRows()).toBe(0);
    expect(await novemberReuse()).toEqual(before);
    expect(await fold.foldUnfolded(1_000)).toEqual({ rows: 0, events: 0 });
  });

  it('folds in chunks, and only what came since the last fold', async () => {
    await events.record(EVENTS.slice(0, 25));
    let chunks = 0;
    while ((await fold.foldUnfolded(3)).rows === 3) {
      chunks += 1;
    }
    expect(chunks).toBeGreaterThan(2);
    expect(await unfoldedRows()).toBe(0);

    // The same days, assets and teams again: rows part folded, part not.
    await events.record(EVENTS.slice(25));
    const partly = await novemberReuse();
    expect(partly.teams.reduce((sum, row) => sum + Number(row.events), 0)).toBe(
      40,
    );
    const second = await fold.foldUnfolded(1_000);
    expect(second.events).toBe(15);
    expect(await novemberReuse()).toEqual(partly);

    // What the blocks hold equals what folding everything at once gives.
    const blocks = async () => ({
      assets: await knex('reuse_asset_blocks')
        .select(
          'block_days',
          'block_start',
          'entity_ref',
          'invoked',
          'viewed',
          'copied',
        )
        .orderBy(['block_days', 'block_start', 'entity_ref']),
      teams: await knex('reuse_team_blocks').orderBy([
        'block_days',
        'block_start',
        'entity_ref',
        'team_ref',
      ]),
    });
    const inSteps = await blocks();
    const other = await databases.init(databaseId);
    await migrateDatabase(other);
    await new DatabaseReuseEventStore(other).record(EVENTS);
    await new DatabaseReuseBlockFoldStore(other).foldUnfolded(1_000);
    knex = other;
    expect(await blocks()).toEqual(inSteps);
  });

  it('stays exact while recording and folding run at once', async () => {
    // Batches that share daily rows, recorded while folds run beside them:
    // on PostgreSQL they are separate transactions on separate connections.
    const batches = Array.from({ length: 8 }, (_, b) =>
      Array.from({ length: 60 }, (__, i) =>
        event({
          id: `c${b}-${i}`,
          entityRef: i % 2 ? TRIAGE : PROMPTS,
          teamRef: [SUPPORT, FINANCE, 'group:default/sales'][(b + i) % 3],
          type: (['invoked', 'viewed'] as const)[i % 2],
          occurredAt: new Date(Date.UTC(2026, 10, 1 + (i % 5), 9)),
        }),
      ),
    );
    await Promise.all([
      ...batches.map(batch => events.record(batch)),
      ...Array.from({ length: 6 }, () => fold.foldUnfolded(7)),
    ]);
    while ((await fold.foldUnfolded(1_000)).rows > 0) {
      // Until nothing is left unfolded.
    }
    expect(await unfoldedRows()).toBe(0);
    const blockEvents = await knex('reuse_team_blocks')
      .where({ block_days: 256 })
      .sum({ n: 'events' });
    expect(Number(blockEvents[0].n)).toBe(8 * 60);
    const reuse = await novemberReuse();
    expect(reuse.teams.reduce((sum, row) => sum + Number(row.events), 0)).toBe(
      8 * 60,
    );
  });

  it('rebuilds complete blocks from the daily roll-up when its migration goes down', async () => {
    await events.record(EVENTS.slice(0, 20));
    await fold.foldUnfolded(1_000);
    await events.record(EVENTS.slice(20));
    const reuse = await novemberReuse();

    await knex.migrate.down({
      directory: MIGRATIONS_DIRECTORY,
      name: '202611211800_reuse_block_folding.js',
    });
    expect(await knex.schema.hasColumn('reuse_daily', 'folded_count')).toBe(
      false,
    );
    const blockEvents = await knex('reuse_team_blocks')
      .where({ block_days: 256 })
      .sum({ n: 'events' });
    expect(Number(blockEvents[0].n)).toBe(40);

    await migrateDatabase(knex);
    expect(await unfoldedRows()).toBe(0);
    expect(await novemberReuse()).toEqual(reuse);
  });
});
