import {
  REUSE_EVENT_TYPES,
  ReuseEventType,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Knex } from 'knex';
import { addDays, utcDay } from '../service/window';

/**
 * Reuse counted per aligned block of days (migration 202611211600): a block
 * of `days` days starts on a day number (days since 1970-01-01) divisible by
 * `days`. Each event is added to the one block of every length that holds
 * its day; a window of days is read as the few blocks that tile it exactly.
 */
export type Block = { days: number; start: string };

/** Block lengths in days; the same list as BLOCK_LENGTHS in the migration. */
export const BLOCK_LENGTHS = [1, 2, 4, 8, 16, 32, 64, 128, 256];

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The first day of the block of `days` days that holds `day`. */
export function blockStart(day: string, days: number): string {
  const n = dayNumber(day);
  return utcDay(new Date((n - (n % days)) * DAY_MS));
}

/**
 * The blocks that tile `[from, to]` (inclusive days) exactly, largest
 * first where they fit: at most two of each length, so a 30-day window is
 * about six blocks and a year at most eighteen.
 */
export function windowBlocks(window: { from: string; to: string }): Block[] {
  const blocks: Block[] = [];
  const last = dayNumber(window.to);
  let day = window.from;
  while (dayNumber(day) <= last) {
    const n = dayNumber(day);
    const days = [...BLOCK_LENGTHS]
      .reverse()
      .find(length => n % length === 0 && n + length - 1 <= last)!;
    blocks.push({ days, start: day });
    day = addDays(day, days);
  }
  return blocks;
}

/**
 * The trailing block that covers `[from, to]` exactly, if the window has a
 * length no aligned block has: read only while `reuse_trailing_blocks`
 * lists it (see migration 202611220900).
 */
export function trailingBlock(window: {
  from: string;
  to: string;
}): Block | undefined {
  const days = dayNumber(window.to) - dayNumber(window.from) + 1;
  return BLOCK_LENGTHS.includes(days)
    ? undefined
    : { days, start: window.from };
}

/** A block's key columns, to find its rows. */
export function blockKey(block: Block) {
  return { block_days: block.days, block_start: block.start };
}

/** Whether two blocks are the same block. */
export function sameBlock(x: Block, y: Block): boolean {
  return x.days === y.days && x.start === y.start;
}

/** A block's key as the first two columns of an `insert … select`. */
export function blockKeyColumns(db: Knex, block: Block): Knex.Raw {
  return db.raw(
    'cast(? as integer) as block_days, cast(? as varchar(10)) as block_start',
    [block.days, block.start],
  );
}

/** The trailing blocks that hold `day`. */
export function trailingBlocksOf(day: string, trailing: Block[]): Block[] {
  const n = dayNumber(day);
  return trailing.filter(block => {
    const start = dayNumber(block.start);
    return start <= n && n < start + block.days;
  });
}

/**
 * Restricts a query on a block table to the blocks that tile a window, and
 * within each block to some assets if given (inside each branch, so that
 * every block is a set of primary-key lookups).
 */
function whereInBlocks(
  query: Knex.QueryBuilder,
  blocks: Block[],
  table: string,
  entityRefs?: string[],
): Knex.QueryBuilder {
  return query.where(builder => {
    for (const block of blocks) {
      builder.orWhere(inner => {
        inner
          .where(`${table}.block_days`, block.days)
          .andWhere(`${table}.block_start`, block.start);
        if (entityRefs) {
          inner.whereIn(`${table}.entity_ref`, entityRefs);
        }
      });
    }
    if (!blocks.length) {
      builder.whereRaw('1 = 0');
    }
  });
}

/**
 * How to read a window's reuse: the blocks that hold it (its trailing block
 * while that is complete, else the aligned blocks that tile it), and the
 * trailing block whose producer × consumer flows are complete, if any.
 */
export type WindowReuse = {
  window: { from: string; to: string };
  blocks: Block[];
  flows?: Block;
};

/**
 * Decides how to read a window, looking at `reuse_trailing_blocks`. Use the
 * answer within the same snapshot (see `inOneSnapshot`): the fold may move a
 * trailing block to the next day, or a catalog change make its flows stale,
 * at any moment.
 */
export async function windowReuse(
  db: Knex,
  window: { from: string; to: string },
): Promise<WindowReuse> {
  const trailing = trailingBlock(window);
  if (trailing) {
    const complete = await db('reuse_trailing_blocks')
      .where({ block_days: trailing.days, block_start: trailing.start })
      .first('flows_complete');
    if (complete) {
      return {
        window,
        blocks: [trailing],
        flows: Number(complete.flows_complete) === 1 ? trailing : undefined,
      };
    }
  }
  return { window, blocks: windowBlocks(window) };
}

/**
 * Runs reads that decide on blocks (`windowReuse`) and then read them in
 * one snapshot of the database: a transaction, repeatable-read on
 * PostgreSQL (SQLite's transactions are snapshots already).
 */
export function inOneSnapshot<T>(
  knex: Knex,
  read: (tx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return knex.transaction(
    read,
    knex.client.dialect === 'postgresql'
      ? { isolationLevel: 'repeatable read' }
      : undefined,
  );
}

type AssetBlockRow = {
  block_days: number;
  block_start: string;
  entity_ref: string;
  team_ref: string;
  several_teams: number;
} & Record<ReuseEventType, number>;

type TeamBlockRow = {
  block_days: number;
  block_start: string;
  entity_ref: string;
  team_ref: string;
  events: number;
};

/** Events of one type, asset and team on one day, to add to the blocks. */
export type DailyReuse = {
  day: string;
  entityRef: string;
  teamRef: string;
  type: ReuseEventType;
  events: number;
};

/** Rows per statement: well under SQLite's bound-parameter limit. */
const CHUNK = 500;

/**
 * Adds daily counts to both block tables, inside the caller's transaction:
 * to the aligned blocks and to the given trailing blocks that hold their
 * day. They are summed in memory first, so each block row is written once
 * per call.
 */
export async function addToReuseBlocks(
  tx: Knex.Transaction,
  counts: DailyReuse[],
  trailing: Block[] = [],
): Promise<void> {
  const assets = new Map<string, AssetBlockRow>();
  const teams = new Map<string, TeamBlockRow>();
  for (const count of counts) {
    const blocks = [
      ...BLOCK_LENGTHS.map(days => ({
        days,
        start: blockStart(count.day, days),
      })),
      ...trailingBlocksOf(count.day, trailing),
    ];
    for (const block of blocks) {
      const keys = { block_days: block.days, block_start: block.start };
      const assetKey = `${block.days}\u0000${block.start}\u0000${count.entityRef}`;
      let asset = assets.get(assetKey);
      if (!asset) {
        asset = {
          ...keys,
          entity_ref: count.entityRef,
          team_ref: count.teamRef,
          several_teams: 0,
          ...emptyTypeCounts(),
        };
        assets.set(assetKey, asset);
      }
      if (asset.team_ref !== count.teamRef) {
        asset.several_teams = 1;
      }
      asset[count.type] += count.events;

      const teamKey = `${assetKey}\u0000${count.teamRef}`;
      const team = teams.get(teamKey) ?? {
        ...keys,
        entity_ref: count.entityRef,
        team_ref: count.teamRef,
        events: 0,
      };
      team.events += count.events;
      teams.set(teamKey, team);
    }
  }

  // In key order: concurrent writers lock the rows they share in the same
  // order (no deadlock), and neighbouring keys are written together.
  const assetRows = [...assets.entries()]
    .sort(([x], [y]) => compareKeys(x, y))
    .map(([, row]) => row);
  for (let i = 0; i < assetRows.length; i += CHUNK) {
    await tx('reuse_asset_blocks')
      .insert(assetRows.slice(i, i + CHUNK))
      .onConflict(['block_days', 'block_start', 'entity_ref'])
      .merge({
        // The stored team stays; another team seen now or before makes it
        // "several". Only equality is compared, so no collation matters.
        several_teams: tx.raw(
          'case when ?? = 1 or excluded.several_teams = 1 or ?? <> excluded.team_ref then 1 else 0 end',
          ['reuse_asset_blocks.several_teams', 'reuse_asset_blocks.team_ref'],
        ),
        ...Object.fromEntries(
          REUSE_EVENT_TYPES.map(type => [
            type,
            tx.raw(`?? + excluded.??`, [`reuse_asset_blocks.${type}`, type]),
          ]),
        ),
      });
  }
  const teamRows = [...teams.entries()]
    .sort(([x], [y]) => compareKeys(x, y))
    .map(([, row]) => row);
  for (let i = 0; i < teamRows.length; i += CHUNK) {
    await tx('reuse_team_blocks')
      .insert(teamRows.slice(i, i + CHUNK))
      .onConflict(['block_days', 'block_start', 'entity_ref', 'team_ref'])
      .merge({
        events: tx.raw('?? + excluded.events', ['reuse_team_blocks.events']),
      });
  }
}

/**
 * The rows of `reuse_daily` whose events the blocks do not all hold yet:
 * the predicate of the partial index `reuse_daily_unfolded_idx` (migration
 * 202611211800), written the same way so that both databases use it.
 */
export const UNFOLDED = 'unfolded = 1';

/** Summed over rows of `reuse_daily as d`: the events no fold has added to the blocks yet. */
export const UNFOLDED_EVENTS = 'sum(d.event_count - d.folded_count)';

/** The same, of one event type only, named after it. */
export function unfoldedEventsOf(knex: Knex, type: ReuseEventType): Knex.Raw {
  return knex.raw(
    'sum(case when d.event_type = ? then d.event_count - d.folded_count else 0 end) as ??',
    [type, type],
  );
}

/**
 * Per asset and team, the reuse of a window in the shape of
 * `reuse_asset_blocks`: the blocks that hold it (see `windowReuse`), plus what the daily roll-up
 * holds that no fold has added to them yet. Optionally only some assets.
 */
export function assetReuseRows(
  knex: Knex,
  reuse: WindowReuse,
  entityRefs?: string[],
): Knex.QueryBuilder {
  const blocks = knex('reuse_asset_blocks as blk').select(
    'blk.entity_ref',
    'blk.team_ref',
    'blk.several_teams',
    ...REUSE_EVENT_TYPES.map(type => `blk.${type}`),
  );
  whereInBlocks(blocks, reuse.blocks, 'blk', entityRefs);
  const unfolded = unfoldedDaily(knex, reuse.window, entityRefs)
    .select(
      'd.entity_ref',
      'd.team_ref',
      knex.raw('0 as several_teams'),
      ...REUSE_EVENT_TYPES.map(type => unfoldedEventsOf(knex, type)),
    )
    .groupBy('d.entity_ref', 'd.team_ref');
  return blocks.unionAll(unfolded);
}

/**
 * Per asset and consuming team, the events of a window in the shape of
 * `reuse_team_blocks`: the blocks that hold it, plus the unfolded daily
 * counts.
 */
export function teamReuseRows(
  knex: Knex,
  reuse: WindowReuse,
  entityRefs?: string[],
): Knex.QueryBuilder {
  const blocks = knex('reuse_team_blocks as blk').select(
    'blk.entity_ref',
    'blk.team_ref',
    'blk.events',
  );
  whereInBlocks(blocks, reuse.blocks, 'blk', entityRefs);
  const unfolded = unfoldedDaily(knex, reuse.window, entityRefs)
    .select(
      'd.entity_ref',
      'd.team_ref',
      knex.raw(`${UNFOLDED_EVENTS} as events`),
    )
    .groupBy('d.entity_ref', 'd.team_ref');
  return blocks.unionAll(unfolded);
}

/**
 * `reuse_daily as d`: the rows of the window the blocks do not all hold
 * yet, optionally of some assets only.
 */
export function unfoldedDaily(
  knex: Knex,
  window: { from: string; to: string },
  entityRefs?: string[],
): Knex.QueryBuilder {
  const query = knex('reuse_daily as d')
    .whereRaw(UNFOLDED)
    .whereBetween('d.day', [window.from, window.to]);
  if (entityRefs && !entityRefs.length) {
    query.whereRaw('1 = 0');
  } else if (entityRefs) {
    // As an expression, so that no planner walks every day of the assets by
    // the primary key (years of rows for a popular asset) instead of the
    // few unfolded rows of the window in reuse_daily_unfolded_idx.
    query.whereRaw(
      `(d.entity_ref || '') in (${entityRefs.map(() => '?').join(', ')})`,
      entityRefs,
    );
  }
  return query;
}

/** Orders keys the same way on every writer (see `addToReuseBlocks`). */
export function compareKeys(x: string, y: string): number {
  if (x === y) {
    return 0;
  }
  return x < y ? -1 : 1;
}

function emptyTypeCounts(): Record<ReuseEventType, number> {
  return Object.fromEntries(REUSE_EVENT_TYPES.map(type => [type, 0])) as Record<
    ReuseEventType,
    number
  >;
}
