import {
  REUSE_EVENT_TYPES,
  ReuseEventType,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Knex } from 'knex';
import { ReuseBlockFoldStore } from './ReuseBlockFoldStore';
import {
  addToReuseBlocks,
  Block,
  blockKey,
  blockKeyColumns,
  sameBlock,
  UNFOLDED,
  windowBlocks,
} from './reuseBlocks';
import { addDays } from '../service/window';
import { insertSelected } from './insertSelected';
import { addToTrailingFlows, buildTrailingFlows } from './reuseFlowBlocks';
import { REUSE_DAILY_KEY } from './reuseDailyKey';

type UnfoldedRow = {
  day: string;
  entity_ref: string;
  prompt_id: string;
  event_type: ReuseEventType;
  team_ref: string;
  pending_events: number | string;
};

const KEY = [...REUSE_DAILY_KEY];

/** Rows per statement: well under SQLite's bound-parameter limit. */
const CHUNK = 500;

/** The fold on the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseReuseBlockFoldStore implements ReuseBlockFoldStore {
  constructor(private readonly knex: Knex) {}

  async foldUnfolded(limit: number): Promise<{ rows: number; events: number }> {
    return this.knex.transaction(async tx => {
      // Waits while the trailing blocks are rebuilt (and keeps them from
      // being rebuilt meanwhile): what is folded now reaches them either way.
      if (tx.client.dialect === 'postgresql') {
        await tx.raw('lock table reuse_trailing_blocks in share mode');
      }
      const trailing = await completeTrailingBlocks(tx);
      const unfolded = tx('reuse_daily')
        .select(...KEY, tx.raw('event_count - folded_count as pending_events'))
        .whereRaw(UNFOLDED)
        .orderBy(KEY)
        .limit(limit);
      if (tx.client.dialect === 'postgresql') {
        // Two folds at once (a run past its timeout, say) take different
        // rows, and a fold never waits on a writer, so it is in no deadlock.
        // SQLite runs one writing transaction at a time anyway.
        unfolded.forUpdate().skipLocked();
      }
      const rows: UnfoldedRow[] = await unfolded;
      const counts = rows
        .filter(row => Number(row.pending_events) > 0)
        .map(row => ({
          day: row.day,
          entityRef: row.entity_ref,
          teamRef: row.team_ref,
          type: row.event_type,
          events: Number(row.pending_events),
        }));
      // Flows first: they count the (asset, team) pairs new to a block.
      await addToTrailingFlows(
        tx,
        counts,
        trailing.filter(block => block.flowsComplete),
      );
      await addToReuseBlocks(tx, counts, trailing);
      // Adds what was read rather than copying event_count: a writer may
      // have counted more events on the row since, and those stay unfolded
      // (the merge sees the row as it is now, the writer's events included).
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx('reuse_daily')
          .insert(
            rows.slice(i, i + CHUNK).map(row => ({
              ...Object.fromEntries(
                KEY.map(column => [column, row[column as keyof UnfoldedRow]]),
              ),
              event_count: 0,
              folded_count: Number(row.pending_events),
              unfolded: 0,
            })),
          )
          .onConflict(KEY)
          .merge({
            folded_count: tx.raw('?? + excluded.folded_count', [
              'reuse_daily.folded_count',
            ]),
            unfolded: tx.raw(
              'case when ?? = ?? + excluded.folded_count then 0 else 1 end',
              ['reuse_daily.event_count', 'reuse_daily.folded_count'],
            ),
          });
      }
      return {
        rows: rows.length,
        events: counts.reduce((sum, count) => sum + count.events, 0),
      };
    });
  }

  async rollTrailingBlocks(today: string, lengths: number[]): Promise<Block[]> {
    const wanted = lengths.map(days => ({
      days,
      start: addDays(today, 1 - days),
    }));
    const upToDate = (existing: Array<Block & { flowsComplete: boolean }>) =>
      existing.length === wanted.length &&
      wanted.every(w => existing.some(e => sameBlock(e, w) && e.flowsComplete));
    // Most runs of the day: nothing to do, and no lock taken for it.
    if (upToDate(await completeTrailingBlocks(this.knex))) {
      return [];
    }
    return this.knex.transaction(async tx => {
      if (tx.client.dialect === 'postgresql') {
        // No fold runs meanwhile: the aligned blocks read here are all it
        // has folded, and it folds into the new trailing blocks afterwards.
        await tx.raw('lock table reuse_trailing_blocks in exclusive mode');
      }
      const existing = await completeTrailingBlocks(tx);
      const isWanted = (block: Block) => wanted.some(w => sameBlock(w, block));
      for (const block of existing.filter(b => !isWanted(b))) {
        const key = blockKey(block);
        await tx('reuse_trailing_blocks').where(key).delete();
        await tx('reuse_asset_blocks').where(key).delete();
        await tx('reuse_team_blocks').where(key).delete();
        await tx('reuse_flow_blocks').where(key).delete();
      }
      const built = wanted.filter(w => !existing.some(e => sameBlock(e, w)));
      for (const block of built) {
        await buildTrailingBlock(tx, block, today);
      }
      // New blocks, and those whose flows a catalog change made stale.
      for (const block of wanted) {
        const kept = existing.find(e => sameBlock(e, block));
        if (!kept?.flowsComplete) {
          await buildTrailingFlows(tx, block);
        }
      }
      return built;
    });
  }
}

/** The trailing blocks the fold keeps up to date, and whether their flows are. */
async function completeTrailingBlocks(
  db: Knex,
): Promise<Array<Block & { flowsComplete: boolean }>> {
  const rows: Array<{
    block_days: number;
    block_start: string;
    flows_complete: number;
  }> = await db('reuse_trailing_blocks').select(
    'block_days',
    'block_start',
    'flows_complete',
  );
  return rows.map(row => ({
    days: Number(row.block_days),
    start: row.block_start,
    flowsComplete: Number(row.flows_complete) === 1,
  }));
}

/**
 * Sums the aligned blocks that tile the trailing block's days into it:
 * everything folded so far (what is not is still unfolded in reuse_daily,
 * and the fold adds it here later). The first team of an asset is the least
 * of its blocks' teams; it has several when a block had, or the blocks
 * disagree.
 */
async function buildTrailingBlock(
  tx: Knex.Transaction,
  block: Block,
  today: string,
): Promise<void> {
  const tiling = windowBlocks({ from: block.start, to: today });
  const inTiling = (query: Knex.QueryBuilder) =>
    query.where(builder => {
      for (const aligned of tiling) {
        builder.orWhere(inner =>
          inner
            .where('b.block_days', aligned.days)
            .andWhere('b.block_start', aligned.start),
        );
      }
    });
  const types = REUSE_EVENT_TYPES;
  const assets = inTiling(
    tx('reuse_asset_blocks as b')
      .select(
        blockKeyColumns(tx, block),
        'b.entity_ref',
        tx.raw('min(b.team_ref) as team_ref'),
        tx.raw(
          'case when max(b.several_teams) = 1 or min(b.team_ref) <> max(b.team_ref) then 1 else 0 end as several_teams',
        ),
        ...types.map(type => tx.raw('sum(??) as ??', [`b.${type}`, type])),
      )
      .groupBy('b.entity_ref'),
  );
  await insertSelected(
    tx,
    'reuse_asset_blocks',
    [
      'block_days',
      'block_start',
      'entity_ref',
      'team_ref',
      'several_teams',
      ...types,
    ],
    assets,
  );
  const teams = inTiling(
    tx('reuse_team_blocks as b')
      .select(
        blockKeyColumns(tx, block),
        'b.entity_ref',
        'b.team_ref',
        tx.raw('sum(b.events) as events'),
      )
      .groupBy('b.entity_ref', 'b.team_ref'),
  );
  await insertSelected(
    tx,
    'reuse_team_blocks',
    ['block_days', 'block_start', 'entity_ref', 'team_ref', 'events'],
    teams,
  );
  await tx('reuse_trailing_blocks').insert({
    block_days: block.days,
    block_start: block.start,
    built_at: new Date(),
  });
}
