import { Knex } from 'knex';
import { addDays, windowBounds } from '../service/window';
import { insertSelected } from './insertSelected';
import { presentDuring, wasPresentDuring } from './catalogPresence';
import {
  Block,
  blockKey,
  blockKeyColumns,
  compareKeys,
  DailyReuse,
  trailingBlocksOf,
} from './reuseBlocks';

/**
 * Reuse of each trailing block per producing (owning) and consuming team,
 * in `reuse_flow_blocks` (migration 202611220900): what the producer ×
 * consumer matrix of a window ending today reads instead of grouping every
 * (asset, team) pair of the window by owner.
 */

type StoredTime = Date | string | number;

/** The block's days as instants: `[first day, the day after the last)`. */
function blockBounds(block: Block) {
  return windowBounds({
    from: block.start,
    to: addDays(block.start, block.days - 1),
  });
}

/**
 * Sums the trailing block's (asset, team) rows by the assets' owners now,
 * over the assets in the catalog at some time during the block (as the KPI
 * does), and marks its flows complete. Inside the caller's transaction.
 */
export async function buildTrailingFlows(
  tx: Knex.Transaction,
  block: Block,
): Promise<void> {
  await tx('reuse_flow_blocks').where(blockKey(block)).delete();
  const flows = tx('reuse_team_blocks as t')
    .join('catalog_assets as a', 'a.entity_ref', 't.entity_ref')
    .where({ 't.block_days': block.days, 't.block_start': block.start })
    .andWhere(presentDuring(tx, 'a', blockBounds(block)))
    .select(
      blockKeyColumns(tx, block),
      'a.owner_ref',
      't.team_ref',
      tx.raw('sum(t.events) as events'),
      tx.raw('count(*) as assets'),
    )
    .groupBy('a.owner_ref', 't.team_ref');
  await insertSelected(
    tx,
    'reuse_flow_blocks',
    [
      'block_days',
      'block_start',
      'producer_ref',
      'consumer_ref',
      'events',
      'assets',
    ],
    flows,
  );
  await tx('reuse_trailing_blocks')
    .where(blockKey(block))
    .update({ flows_complete: 1 });
}

/** Rows per statement: well under SQLite's bound-parameter limit. */
const CHUNK = 500;

/**
 * Adds daily counts to the flows of the trailing blocks that hold their day,
 * inside the fold's transaction and before the counts reach
 * `reuse_team_blocks`: an (asset, team) pair the trailing block does not
 * hold yet is one more asset of the flow. Counts of assets not in the
 * catalog during the block are no flow (as in the KPI).
 */
export async function addToTrailingFlows(
  tx: Knex.Transaction,
  counts: DailyReuse[],
  blocks: Block[],
): Promise<void> {
  const pairsPerBlock = new Map<
    Block,
    Map<string, { entityRef: string; teamRef: string; events: number }>
  >();
  for (const count of counts) {
    for (const block of trailingBlocksOf(count.day, blocks)) {
      const pairs = pairsPerBlock.get(block) ?? new Map();
      pairsPerBlock.set(block, pairs);
      const key = `${count.entityRef}\u0000${count.teamRef}`;
      const pair = pairs.get(key) ?? {
        entityRef: count.entityRef,
        teamRef: count.teamRef,
        events: 0,
      };
      pair.events += count.events;
      pairs.set(key, pair);
    }
  }
  if (!pairsPerBlock.size) {
    return;
  }
  const entityRefs = [
    ...new Set(
      [...pairsPerBlock.values()].flatMap(pairs =>
        [...pairs.values()].map(pair => pair.entityRef),
      ),
    ),
  ];
  const assets = new Map<
    string,
    {
      owner_ref: string;
      first_seen_at: StoredTime;
      removed_at: StoredTime | null;
    }
  >();
  for (let i = 0; i < entityRefs.length; i += CHUNK) {
    const rows = await tx('catalog_assets')
      .select('entity_ref', 'owner_ref', 'first_seen_at', 'removed_at')
      .whereIn('entity_ref', entityRefs.slice(i, i + CHUNK));
    rows.forEach(row => assets.set(row.entity_ref, row));
  }

  for (const [block, pairs] of pairsPerBlock) {
    const bounds = blockBounds(block);
    const known = new Set<string>();
    const blockRefs = [...new Set([...pairs.values()].map(p => p.entityRef))];
    for (let i = 0; i < blockRefs.length; i += CHUNK) {
      const rows: Array<{ entity_ref: string; team_ref: string }> = await tx(
        'reuse_team_blocks',
      )
        .select('entity_ref', 'team_ref')
        .where(blockKey(block))
        .whereIn('entity_ref', blockRefs.slice(i, i + CHUNK));
      rows.forEach(row => known.add(`${row.entity_ref}\u0000${row.team_ref}`));
    }
    const flows = new Map<
      string,
      {
        producer_ref: string;
        consumer_ref: string;
        events: number;
        assets: number;
      }
    >();
    for (const [key, pair] of pairs) {
      const asset = assets.get(pair.entityRef);
      if (!asset || !wasPresentDuring(asset, bounds)) {
        continue;
      }
      const flowKey = `${asset.owner_ref}\u0000${pair.teamRef}`;
      const flow = flows.get(flowKey) ?? {
        producer_ref: asset.owner_ref,
        consumer_ref: pair.teamRef,
        events: 0,
        assets: 0,
      };
      flow.events += pair.events;
      flow.assets += known.has(key) ? 0 : 1;
      flows.set(flowKey, flow);
    }
    // In key order, like the block rows: no deadlock between two folds.
    const rows = [...flows.entries()]
      .sort(([x], [y]) => compareKeys(x, y))
      .map(([, flow]) => ({ ...blockKey(block), ...flow }));
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx('reuse_flow_blocks')
        .insert(rows.slice(i, i + CHUNK))
        .onConflict([
          'block_days',
          'block_start',
          'producer_ref',
          'consumer_ref',
        ])
        .merge({
          events: tx.raw('?? + excluded.events', ['reuse_flow_blocks.events']),
          assets: tx.raw('?? + excluded.assets', ['reuse_flow_blocks.assets']),
        });
    }
  }
}
