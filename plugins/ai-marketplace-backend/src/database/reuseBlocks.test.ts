import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import {
  FINANCE,
  PROMPTS,
  reuseEvent as event,
  SUPPORT,
  TRIAGE,
} from '../__testUtils__/reuseEvents';
import { addDays } from '../service/window';
import { DatabaseReuseBlockFoldStore } from './DatabaseReuseBlockFoldStore';
import { DatabaseReuseEventStore } from './DatabaseReuseEventStore';
import { migrateDatabase, MIGRATIONS_DIRECTORY } from './migrateDatabase';
import { ReuseEvent } from './ReuseEventStore';
import { blockStart, windowBlocks } from './reuseBlocks';

jest.setTimeout(60_000);

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

describe('windowBlocks', () => {
  it('tiles a 30-day window with six aligned blocks', () => {
    // Day numbers: 2026-10-23 is 20,749 and 2026-11-21 is 20,778.
    expect(windowBlocks({ from: '2026-10-23', to: '2026-11-21' })).toEqual([
      { days: 1, start: '2026-10-23' }, // 20,749 is odd
      { days: 2, start: '2026-10-24' }, // 20,750 = 2 × 10,375
      { days: 16, start: '2026-10-26' }, // 20,752 = 16 × 1,297; 32 would pass the end
      { days: 8, start: '2026-11-11' }, // 20,768 = 8 × 2,596; 16 would pass the end
      { days: 2, start: '2026-11-19' }, // 20,776 .. 20,777
      { days: 1, start: '2026-11-21' }, // 20,778
    ]);
  });

  it('tiles any window exactly, with aligned blocks, at most two of each length', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 500; i++) {
      const from = addDays('2025-01-01', Math.floor(random() * 700));
      const to = addDays(from, Math.floor(random() * 366));
      const blocks = windowBlocks({ from, to });
      let next = from;
      const perLength = new Map<number, number>();
      for (const block of blocks) {
        expect(block.start).toBe(next);
        expect(dayNumber(block.start) % block.days).toBe(0);
        expect(blockStart(block.start, block.days)).toBe(block.start);
        perLength.set(block.days, (perLength.get(block.days) ?? 0) + 1);
        next = addDays(block.start, block.days);
      }
      expect(next).toBe(addDays(to, 1));
      // A year may need a third 256-day block only if it spanned 512 days.
      expect(Math.max(...perLength.values())).toBeLessThanOrEqual(2);
    }
  });

  it('is a single day for a one-day window', () => {
    expect(windowBlocks({ from: '2026-11-21', to: '2026-11-21' })).toEqual([
      { days: 1, start: '2026-11-21' },
    ]);
  });
});

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

type Row = Record<string, unknown>;

/** Rows of a block table as plain comparable objects, in key order. */
async function blockRows(knex: Knex, table: string): Promise<Row[]> {
  const rows: Row[] = await knex(table).orderBy([
    'block_days',
    'block_start',
    'entity_ref',
    ...(table === 'reuse_team_blocks' ? ['team_ref'] : []),
  ]);
  return rows.map(row =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        typeof value === 'string' && /^\d+$/.test(value)
          ? Number(value)
          : value,
      ]),
    ),
  );
}

describe.each(ids)('reuse block roll-ups on %s', databaseId => {
  let knex: Knex;
  /** Records events, then folds them into the blocks as the task does. */
  let store: { record(events: ReuseEvent[]): Promise<void> };

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    const events = new DatabaseReuseEventStore(knex);
    const folds = new DatabaseReuseBlockFoldStore(knex);
    store = {
      async record(batch) {
        await events.record(batch);
        await folds.foldUnfolded(100_000);
      },
    };
  });

  it('adds each event to one block of every length, per asset and per team', async () => {
    await store.record([
      event({ id: 'a' }),
      event({ id: 'b', type: 'viewed' }),
      event({ id: 'c', entityRef: PROMPTS, promptId: 'first-response' }),
      event({ id: 'd', occurredAt: new Date('2026-11-03T08:00:00Z') }),
    ]);
    // 2026-11-02 is day 20,759: its blocks start on 20,758 (2 days, 11-01),
    // 20,756 (4, 10-30), 20,752 (8 and 16, 10-26) and 20,736 (32 … 256,
    // 10-10). 2026-11-03 is day 20,760, divisible by 8: it starts its own
    // 2-, 4- and 8-day blocks and shares the 16-day block and above.
    const triage = await knex('reuse_asset_blocks')
      .where('entity_ref', TRIAGE)
      .orderBy(['block_days', 'block_start']);
    expect(
      triage.map(row => [
        row.block_days,
        row.block_start,
        Number(row.invoked),
        Number(row.viewed),
      ]),
    ).toEqual([
      [1, '2026-11-02', 1, 1],
      [1, '2026-11-03', 1, 0],
      [2, '2026-11-01', 1, 1],
      [2, '2026-11-03', 1, 0],
      [4, '2026-10-30', 1, 1],
      [4, '2026-11-03', 1, 0],
      [8, '2026-10-26', 1, 1],
      [8, '2026-11-03', 1, 0],
      [16, '2026-10-26', 2, 1],
      [32, '2026-10-10', 2, 1],
      [64, '2026-10-10', 2, 1],
      [128, '2026-10-10', 2, 1],
      [256, '2026-10-10', 2, 1],
    ]);
    expect(triage.every(row => Number(row.several_teams) === 0)).toBe(true);
    expect(
      await knex('reuse_team_blocks')
        .where({ entity_ref: PROMPTS, block_days: 256 })
        .select('team_ref', 'events'),
    ).toEqual([{ team_ref: SUPPORT, events: 1 }]);
  });

  it('marks a block used by several teams, within a batch and across batches', async () => {
    await store.record([
      event({ id: 'a' }),
      event({ id: 'b', entityRef: PROMPTS }),
      event({ id: 'c', entityRef: PROMPTS, teamRef: FINANCE }),
    ]);
    await store.record([
      event({ id: 'd', teamRef: FINANCE }),
      event({ id: 'e', entityRef: PROMPTS, teamRef: FINANCE }),
    ]);
    // A later event of the first team keeps the block single-team.
    await store.record([
      event({
        id: 'f',
        entityRef: PROMPTS,
        occurredAt: new Date('2026-11-05T10:00:00Z'),
      }),
      event({ id: 'g', occurredAt: new Date('2026-11-05T10:00:00Z') }),
    ]);
    const day = async (entityRef: string, start: string) =>
      knex('reuse_asset_blocks')
        .where({ block_days: 1, block_start: start, entity_ref: entityRef })
        .first();
    expect(await day(TRIAGE, '2026-11-02')).toMatchObject({
      team_ref: SUPPORT,
      several_teams: 1,
      invoked: 2,
    });
    expect(await day(PROMPTS, '2026-11-02')).toMatchObject({
      team_ref: SUPPORT,
      several_teams: 1,
      invoked: 3,
    });
    expect(await day(TRIAGE, '2026-11-05')).toMatchObject({
      team_ref: SUPPORT,
      several_teams: 0,
    });
    expect(
      await knex('reuse_team_blocks')
        .where({
          block_days: 1,
          block_start: '2026-11-02',
          entity_ref: PROMPTS,
        })
        .orderBy('team_ref')
        .select('team_ref', 'events'),
    ).toEqual(
      [
        { team_ref: SUPPORT, events: 1 },
        { team_ref: FINANCE, events: 2 },
      ].sort((x, y) => x.team_ref.localeCompare(y.team_ref)),
    );
  });

  it('counts a replayed event once in the blocks too', async () => {
    await store.record([event({ id: 'a' })]);
    await store.record([event({ id: 'a' }), event({ id: 'b' })]);
    const row = await knex('reuse_team_blocks')
      .where({ block_days: 256, entity_ref: TRIAGE })
      .first();
    expect(row.events).toBe(2);
  });

  it('backfills from the daily roll-up what recording builds on write', async () => {
    const teamOf = (i: number) => {
      if (i % 7 === 0) {
        return FINANCE;
      }
      return i % 11 === 0 ? 'group:default/sales' : SUPPORT;
    };
    const types = ['viewed', 'invoked', 'adopted'] as const;
    await store.record(
      Array.from({ length: 300 }, (_, i) =>
        event({
          id: `e${i}`,
          entityRef: i % 5 ? TRIAGE : PROMPTS,
          // Mostly one team, sometimes another: single- and several-team blocks.
          teamRef: teamOf(i),
          type: types[i % 3],
          occurredAt: new Date(Date.UTC(2026, 2, 1) + i * 0.9 * DAY_MS),
        }),
      ),
    );
    const onWrite = {
      assets: await blockRows(knex, 'reuse_asset_blocks'),
      teams: await blockRows(knex, 'reuse_team_blocks'),
    };
    expect(onWrite.assets.length).toBeGreaterThan(300);

    // Undo this migration (drops the block tables), then up again (backfills).
    await knex.migrate.down({
      directory: MIGRATIONS_DIRECTORY,
      name: '202611211600_kpi_rollups.js',
    });
    expect(await knex.schema.hasTable('reuse_asset_blocks')).toBe(false);
    await migrateDatabase(knex);

    expect(await blockRows(knex, 'reuse_team_blocks')).toEqual(onWrite.teams);
    // The team kept for a block is "one that used it": the same when only
    // one did, possibly another when several did.
    const comparable = (rows: Row[]) =>
      rows.map(row =>
        Number(row.several_teams) ? { ...row, team_ref: 'several' } : row,
      );
    expect(comparable(await blockRows(knex, 'reuse_asset_blocks'))).toEqual(
      comparable(onWrite.assets),
    );
  });
});
