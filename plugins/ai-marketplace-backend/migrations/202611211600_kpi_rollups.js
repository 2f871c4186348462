// @ts-check

const EVENT_TYPES = ['viewed', 'copied', 'adopted', 'forked', 'invoked'];

/** The block lengths in days; the same list as BLOCK_LENGTHS in reuseBlocks.ts. */
const BLOCK_LENGTHS = [1, 2, 4, 8, 16, 32, 64, 128, 256];

const DAY_MS = 86_400_000;

/**
 * Roll-ups for the coordination KPIs, kept on write beside `reuse_daily`
 * (since migration 202611211800, folded in from it by a scheduled task).
 *
 * A KPI window is any run of days, so reuse is counted per *block*: a run of
 * 1, 2, 4, … 256 days that starts on a day number (days since 1970-01-01)
 * divisible by its length. Every event is added to the one block of each
 * length that holds its day, and any window splits into at most two blocks
 * per length (see src/database/reuseBlocks.ts), so a 30-day window reads
 * about six blocks instead of thirty days — and the KPIs never scan events.
 *
 * - `reuse_asset_blocks`: per block and asset, the events by type and
 *   enough about the teams to tell whether a team other than the owner used
 *   it (one team that used it, and whether another one did too). Cross-team
 *   reuse, top assets and lineage read it.
 * - `reuse_team_blocks`: per block, asset and consuming team, the events.
 *   The producer × consumer matrix and the consuming teams of the top
 *   assets read it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('reuse_asset_blocks', table => {
    table.comment(
      'Reuse per aligned block of days (1, 2, 4 … 256) and asset, maintained on write',
    );
    blockColumns(table);
    table.string('entity_ref', 255).notNullable().comment('The asset used');
    table
      .string('team_ref', 255)
      .notNullable()
      .comment('A team that used the asset in the block (the first recorded)');
    table
      .smallint('several_teams')
      .notNullable()
      .comment('1 when at least one other team used it in the block too');
    for (const type of EVENT_TYPES) {
      table
        .integer(type)
        .notNullable()
        .defaultTo(0)
        .comment(`How many ${type} events in the block`);
    }
    table.primary(['block_days', 'block_start', 'entity_ref']);
  });
  await clusterOnPrimaryKey(knex, 'reuse_asset_blocks');

  await knex.schema.createTable('reuse_team_blocks', table => {
    table.comment(
      'Reuse per aligned block of days, asset and consuming team, maintained on write',
    );
    blockColumns(table);
    table.string('entity_ref', 255).notNullable().comment('The asset used');
    table.string('team_ref', 255).notNullable().comment('The consuming team');
    table
      .integer('events')
      .notNullable()
      .comment('How many events of any type in the block');
    table.primary(['block_days', 'block_start', 'entity_ref', 'team_ref']);
  });
  await clusterOnPrimaryKey(knex, 'reuse_team_blocks');

  // The eval-gate KPI reads each workflow's latest result: one step down
  // this index, ties on the instant broken by id.
  await knex.schema.alterTable('evaluation_results', table => {
    table.index(['entity_ref', 'evaluated_at', 'id'], 'evaluation_latest_idx');
  });

  await backfillFromDailyRollup(knex);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('evaluation_results', table => {
    table.dropIndex([], 'evaluation_latest_idx');
  });
  await knex.schema.dropTable('reuse_team_blocks');
  await knex.schema.dropTable('reuse_asset_blocks');
};

/**
 * On SQLite, rebuilds a (still empty) table WITHOUT ROWID, so that its rows
 * live in the primary-key b-tree: a block is then one contiguous range to
 * read, not an index range plus a row lookup per entry. PostgreSQL keeps its
 * heap and primary-key index.
 *
 * @param {import('knex').Knex} knex
 * @param {string} table
 */
async function clusterOnPrimaryKey(knex, table) {
  if (!['sqlite3', 'better-sqlite3'].includes(knex.client.dialect)) {
    return;
  }
  const { sql } = await knex('sqlite_master')
    .where({ type: 'table', name: table })
    .first();
  await knex.schema.dropTable(table);
  await knex.raw(`${sql} without rowid`);
}

/** @param {import('knex').Knex.CreateTableBuilder} table */
function blockColumns(table) {
  table
    .integer('block_days')
    .notNullable()
    .comment('Length of the block in days: 1, 2, 4 … 256');
  table
    .string('block_start', 10)
    .notNullable()
    .comment(
      'First UTC day of the block, YYYY-MM-DD; its day number is divisible by block_days',
    );
}

/**
 * The first day of the block of `length` days holding `day`; the same
 * arithmetic as blockStart in reuseBlocks.ts.
 *
 * @param {string} day
 * @param {number} length
 */
function blockStart(day, length) {
  const dayNumber = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
  return new Date((dayNumber - (dayNumber % length)) * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/**
 * Builds the blocks from the daily roll-up that existed before them, one
 * block length at a time and one block at a time, so that memory holds one
 * block's rows.
 *
 * @param {import('knex').Knex} knex
 */
async function backfillFromDailyRollup(knex) {
  const range = await knex('reuse_daily')
    .min({ first: 'day' })
    .max({ last: 'day' })
    .first();
  if (!range?.first) {
    return;
  }
  for (const length of BLOCK_LENGTHS) {
    for (
      let start = blockStart(range.first, length);
      start <= range.last;
      start = addDays(start, length)
    ) {
      // knex cannot type a sum() alias in plain JS; the rows are BlockRow-shaped.
      /** @type {any[]} */
      const rows = await knex('reuse_daily')
        .select('entity_ref', 'team_ref', 'event_type')
        .sum({ events: 'event_count' })
        .whereBetween('day', [start, addDays(start, length - 1)])
        .groupBy('entity_ref', 'team_ref', 'event_type')
        .orderBy(['entity_ref', 'team_ref', 'event_type']);
      await insertBlock(knex, { length, start }, rows);
    }
  }
}

/**
 * @param {import('knex').Knex} knex
 * @param {{ length: number, start: string }} block
 * @param {Array<{ entity_ref: string, team_ref: string, event_type: string, events: number | string }>} rows
 */
async function insertBlock(knex, block, rows) {
  /** @type {Map<string, Record<string, string | number>>} */
  const assets = new Map();
  /** @type {Map<string, Record<string, string | number>>} */
  const teams = new Map();
  const keys = { block_days: block.length, block_start: block.start };
  for (const row of rows) {
    const events = Number(row.events);
    let asset = assets.get(row.entity_ref);
    if (!asset) {
      asset = {
        ...keys,
        entity_ref: row.entity_ref,
        team_ref: row.team_ref,
        several_teams: 0,
        ...Object.fromEntries(EVENT_TYPES.map(type => [type, 0])),
      };
      assets.set(row.entity_ref, asset);
    }
    if (asset.team_ref !== row.team_ref) {
      asset.several_teams = 1;
    }
    if (EVENT_TYPES.includes(row.event_type)) {
      asset[row.event_type] = Number(asset[row.event_type]) + events;
    }
    const pair = `${row.entity_ref}\u0000${row.team_ref}`;
    const team = teams.get(pair) ?? {
      ...keys,
      entity_ref: row.entity_ref,
      team_ref: row.team_ref,
      events: 0,
    };
    team.events = Number(team.events) + events;
    teams.set(pair, team);
  }
  for (const [table, values] of /** @type {const} */ ([
    ['reuse_asset_blocks', [...assets.values()]],
    ['reuse_team_blocks', [...teams.values()]],
  ])) {
    for (let i = 0; i < values.length; i += 200) {
      await knex(table).insert(values.slice(i, i + 200));
    }
  }
}

// Migration 202611211800 rebuilds the blocks with it when it goes down.
exports.backfillFromDailyRollup = backfillFromDailyRollup;

/**
 * @param {string} day
 * @param {number} days
 */
function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}
