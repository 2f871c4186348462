import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import {
  FINANCE,
  PROMPTS,
  reuseEvent as event,
  SUPPORT,
  TRIAGE,
} from '../__testUtils__/reuseEvents';
import { DatabaseCatalogAssetStore } from './DatabaseCatalogAssetStore';
import { DatabaseReuseBlockFoldStore } from './DatabaseReuseBlockFoldStore';
import { DatabaseReuseEventStore } from './DatabaseReuseEventStore';
import { migrateDatabase, MIGRATIONS_DIRECTORY } from './migrateDatabase';
import { assetReuseRows, teamReuseRows, windowReuse } from './reuseBlocks';

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
    const reuse = await windowReuse(knex, NOVEMBER);
    const assets = await knex
      .from(assetReuseRows(knex, reuse).as('b'))
      .select('b.entity_ref')
      .sum({ invoked: 'b.invoked', viewed: 'b.viewed', copied: 'b.copied' })
      .groupBy('b.entity_ref')
      .orderBy('b.entity_ref');
    const teams = await knex
      .from(teamReuseRows(knex, reuse).as('t'))
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
  describe('trailing blocks', () => {
    const LAST_30 = { days: 30, start: '2026-11-01' };

    /** Both assets in the catalog, owned by SUPPORT: flows count FINANCE's use. */
    const bothOwnedBySupport = () =>
      new DatabaseCatalogAssetStore(knex).replaceSnapshot(
        [TRIAGE, PROMPTS].map(entityRef => ({
          entityRef,
          kind: entityRef.split(':')[0] as 'aiworkflow' | 'promptlibrary',
          title: entityRef,
          ownerRef: SUPPORT,
        })),
        new Date('2026-10-01T00:00:00Z'),
      );

    /** A trailing block's rows, as stored. */
    async function trailingRows(block: { days: number; start: string }) {
      const key = { block_days: block.days, block_start: block.start };
      return {
        assets: (
          await knex('reuse_asset_blocks')
            .where(key)
            .orderBy('entity_ref')
            .select(
              'entity_ref',
              'team_ref',
              'several_teams',
              'invoked',
              'viewed',
              'copied',
            )
        ).map(row => ({
          ...row,
          several_teams: Number(row.several_teams),
          invoked: Number(row.invoked),
          viewed: Number(row.viewed),
          copied: Number(row.copied),
        })),
        teamEvents: (
          await knex('reuse_team_blocks')
            .where(key)
            .orderBy(['entity_ref', 'team_ref'])
            .select('entity_ref', 'team_ref', 'events')
        ).map(row => ({ ...row, events: Number(row.events) })),
      };
    }

    const listed = async () =>
      (
        await knex('reuse_trailing_blocks')
          .select('block_days', 'block_start')
          .orderBy('block_days')
      ).map(row => ({ days: Number(row.block_days), start: row.block_start }));

    it('builds the window ending today from the aligned blocks, and folds into it from then on', async () => {
      await events.record(EVENTS.slice(0, 20));
      await fold.foldUnfolded(1_000);
      await events.record(EVENTS.slice(20, 30));
      const aligned = await novemberReuse();

      expect(await fold.rollTrailingBlocks('2026-11-30', [30, 7])).toEqual([
        LAST_30,
        { days: 7, start: '2026-11-24' },
      ]);
      expect(await listed()).toEqual([
        { days: 7, start: '2026-11-24' },
        LAST_30,
      ]);
      // Only what was folded: 20 events. TRIAGE (i % 3 > 0): 7 viewed,
      // 6 copied, by SUPPORT and FINANCE; PROMPTS: 7 invoked, by both too.
      // The team kept is the least ref ("customer-support").
      const built = await trailingRows(LAST_30);
      expect(built.assets).toEqual(
        [
          {
            entity_ref: TRIAGE,
            team_ref: SUPPORT,
            several_teams: 1,
            invoked: 0,
            viewed: 7,
            copied: 6,
          },
          {
            entity_ref: PROMPTS,
            team_ref: SUPPORT,
            several_teams: 1,
            invoked: 7,
            viewed: 0,
            copied: 0,
          },
        ].sort((x, y) => (x.entity_ref < y.entity_ref ? -1 : 1)),
      );
      expect(built.teamEvents.reduce((n, row) => n + row.events, 0)).toBe(20);
      // No event falls in November 24–30.
      expect(await trailingRows({ days: 7, start: '2026-11-24' })).toEqual({
        assets: [],
        teamEvents: [],
      });
      // Read through the trailing block, plus the 10 unfolded events.
      expect(await novemberReuse()).toEqual(aligned);

      await events.record(EVENTS.slice(30));
      expect((await fold.foldUnfolded(1_000)).events).toBe(20);
      const folded = await trailingRows(LAST_30);
      expect(folded.teamEvents.reduce((n, row) => n + row.events, 0)).toBe(40);
      // The same as the aligned blocks that tile November hold.
      await knex('reuse_trailing_blocks').delete();
      const tiled = await novemberReuse();
      await knex('reuse_trailing_blocks').insert({
        block_days: 30,
        block_start: '2026-11-01',
        built_at: new Date(),
      });
      expect(await novemberReuse()).toEqual(tiled);
      expect(
        tiled.teams.reduce((sum, row) => sum + Number(row.events), 0),
      ).toBe(40);
    });

    it('reads the aligned blocks while a trailing block is not listed as complete', async () => {
      await events.record(EVENTS);
      await fold.foldUnfolded(1_000);
      const expected = await novemberReuse();
      await fold.rollTrailingBlocks('2026-11-30', [30]);
      // Rows left behind, unlisted (say, by a build that never committed):
      // never read.
      await knex('reuse_trailing_blocks').delete();
      await knex('reuse_team_blocks')
        .where({ block_days: 30 })
        .update({ events: 999 });
      await knex('reuse_asset_blocks')
        .where({ block_days: 30 })
        .update({ invoked: 999 });
      expect(await novemberReuse()).toEqual(expected);
    });

    it('moves to the next day: builds the new window and drops the old one', async () => {
      await events.record(EVENTS);
      await fold.foldUnfolded(1_000);
      await fold.rollTrailingBlocks('2026-11-30', [30]);
      // Again the same day: nothing to build.
      expect(await fold.rollTrailingBlocks('2026-11-30', [30])).toEqual([]);

      const december = { days: 30, start: '2026-11-02' };
      expect(await fold.rollTrailingBlocks('2026-12-01', [30])).toEqual([
        december,
      ]);
      expect(await listed()).toEqual([december]);
      expect(await trailingRows(LAST_30)).toEqual({
        assets: [],
        teamEvents: [],
      });
      // November 1 (i % 12 = 0: 4 events) is out of the window now.
      const moved = await trailingRows(december);
      expect(moved.teamEvents.reduce((n, row) => n + row.events, 0)).toBe(36);

      // A length no longer configured goes too.
      expect(await fold.rollTrailingBlocks('2026-12-01', [])).toEqual([]);
      expect(await listed()).toEqual([]);
      expect(await trailingRows(december)).toEqual({
        assets: [],
        teamEvents: [],
      });
    });

    it('stays exact while recording, folding and building run at once', async () => {
      const batches = Array.from({ length: 6 }, (_, b) =>
        Array.from({ length: 50 }, (__, i) =>
          event({
            id: `t${b}-${i}`,
            entityRef: i % 2 ? TRIAGE : PROMPTS,
            teamRef: [SUPPORT, FINANCE][(b + i) % 2],
            type: 'invoked',
            occurredAt: new Date(Date.UTC(2026, 10, 1 + (i % 30), 9)),
          }),
        ),
      );
      await bothOwnedBySupport();
      await events.record(batches[0]);
      await fold.foldUnfolded(1_000);
      await Promise.all([
        ...batches.slice(1).map(batch => events.record(batch)),
        ...Array.from({ length: 4 }, () => fold.foldUnfolded(9)),
        fold.rollTrailingBlocks('2026-11-30', [30]),
      ]);
      while ((await fold.foldUnfolded(1_000)).rows > 0) {
        // Until nothing is left unfolded.
      }
      const built = await trailingRows(LAST_30);
      expect(built.teamEvents.reduce((n, row) => n + row.events, 0)).toBe(300);
      expect(built.assets.reduce((n, row) => n + row.invoked, 0)).toBe(300);
      const flows = await knex('reuse_flow_blocks')
        .where({ block_days: 30, block_start: '2026-11-01' })
        .orderBy('consumer_ref')
        .select('producer_ref', 'consumer_ref', 'events', 'assets');
      expect(
        flows.map(row => ({
          ...row,
          events: Number(row.events),
          assets: Number(row.assets),
        })),
      ).toEqual(
        [
          // Half the events each; both assets by both teams.
          {
            producer_ref: SUPPORT,
            consumer_ref: SUPPORT,
            events: 150,
            assets: 2,
          },
          {
            producer_ref: SUPPORT,
            consumer_ref: FINANCE,
            events: 150,
            assets: 2,
          },
        ].sort((x, y) => (x.consumer_ref < y.consumer_ref ? -1 : 1)),
      );
    });

    it('goes with its migration', async () => {
      await events.record(EVENTS);
      await fold.foldUnfolded(1_000);
      const expected = await novemberReuse();
      await fold.rollTrailingBlocks('2026-11-30', [30]);
      await knex.migrate.down({
        directory: MIGRATIONS_DIRECTORY,
        name: '202611220900_reuse_trailing_blocks.js',
      });
      expect(await knex.schema.hasTable('reuse_trailing_blocks')).toBe(false);
      expect(
        Number(
          (
            await knex('reuse_team_blocks')
              .where({ block_days: 30 })
              .count({ n: '*' })
          )[0].n,
        ),
      ).toBe(0);
      await migrateDatabase(knex);
      expect(await novemberReuse()).toEqual(expected);
    });

    it('keeps its flows when SQLite clusters them on their key, and back', async () => {
      await bothOwnedBySupport();
      await events.record(EVENTS);
      await fold.foldUnfolded(1_000);
      await fold.rollTrailingBlocks('2026-11-30', [30]);
      const flows = () =>
        knex('reuse_flow_blocks')
          .orderBy([
            'block_days',
            'block_start',
            'producer_ref',
            'consumer_ref',
          ])
          .select();
      // PostgreSQL has no rowid: nothing changes there.
      const withoutRowid = async () =>
        databaseId === 'SQLITE_3' &&
        /without rowid$/i.test(
          (
            await knex('sqlite_master')
              .where({ type: 'table', name: 'reuse_flow_blocks' })
              .first('sql')
          ).sql,
        );
      const before = await flows();
      expect(before).toHaveLength(2);
      expect(await withoutRowid()).toBe(databaseId === 'SQLITE_3');

      await knex.migrate.down({
        directory: MIGRATIONS_DIRECTORY,
        name: '202611240900_reuse_flow_blocks_clustered.js',
      });
      expect(await flows()).toEqual(before);
      expect(await withoutRowid()).toBe(false);

      await migrateDatabase(knex);
      expect(await flows()).toEqual(before);
      expect(await withoutRowid()).toBe(databaseId === 'SQLITE_3');
    });
  });
});
