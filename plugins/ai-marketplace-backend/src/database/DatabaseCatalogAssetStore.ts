import { Knex } from 'knex';
import {
  CatalogAsset,
  CatalogAssetStore,
  CatalogSnapshotChanges,
  StoredCatalogAsset,
} from './CatalogAssetStore';

type AssetRow = {
  entity_ref: string;
  kind: string;
  title: string;
  owner_ref: string;
  function: string | null;
  guild_ref: string | null;
  lifecycle: string | null;
  derived_from_ref: string | null;
  evaluation_threshold: number | null;
  error_budget_incidents: number | null;
  error_budget_period: string | null;
  first_seen_at: Date | string | number;
  last_seen_at: Date | string | number;
  removed_at: Date | string | number | null;
};

/** Rows per statement: 14 columns each, well under SQLite's parameter limit. */
const CHUNK = 200;

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    result.push(items.slice(i, i + CHUNK));
  }
  return result;
}

/** The columns a refresh overwrites: all but `first_seen_at`. */
const REFRESHED_COLUMNS = [
  'kind',
  'title',
  'owner_ref',
  'function',
  'guild_ref',
  'lifecycle',
  'derived_from_ref',
  'evaluation_threshold',
  'error_budget_incidents',
  'error_budget_period',
  'last_seen_at',
  'removed_at',
];

function toRow(asset: CatalogAsset, seenAt: Date) {
  return {
    entity_ref: asset.entityRef,
    kind: asset.kind,
    title: asset.title,
    owner_ref: asset.ownerRef,
    function: asset.function ?? null,
    guild_ref: asset.guildRef ?? null,
    lifecycle: asset.lifecycle ?? null,
    derived_from_ref: asset.derivedFromRef ?? null,
    evaluation_threshold: asset.evaluationThreshold ?? null,
    error_budget_incidents: asset.errorBudgetIncidents ?? null,
    error_budget_period: asset.errorBudgetPeriod ?? null,
    first_seen_at: seenAt,
    last_seen_at: seenAt,
    removed_at: null,
  };
}

function fromRow(row: AssetRow): StoredCatalogAsset {
  const optional = <T>(value: T | null) => value ?? undefined;
  return {
    entityRef: row.entity_ref,
    kind: row.kind as CatalogAsset['kind'],
    title: row.title,
    ownerRef: row.owner_ref,
    function: optional(row.function),
    guildRef: optional(row.guild_ref),
    lifecycle: optional(row.lifecycle),
    derivedFromRef: optional(row.derived_from_ref),
    // PostgreSQL may hand numbers back as strings.
    evaluationThreshold:
      row.evaluation_threshold === null
        ? undefined
        : Number(row.evaluation_threshold),
    errorBudgetIncidents:
      row.error_budget_incidents === null
        ? undefined
        : Number(row.error_budget_incidents),
    errorBudgetPeriod: optional(row.error_budget_period),
    firstSeenAt: new Date(row.first_seen_at),
    lastSeenAt: new Date(row.last_seen_at),
    removedAt: row.removed_at === null ? undefined : new Date(row.removed_at),
  };
}

/** The catalog snapshot in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseCatalogAssetStore implements CatalogAssetStore {
  constructor(private readonly knex: Knex) {}

  async replaceSnapshot(
    assets: CatalogAsset[],
    seenAt: Date,
  ): Promise<CatalogSnapshotChanges> {
    const given = new Map(assets.map(asset => [asset.entityRef, asset]));
    return this.knex.transaction(async tx => {
      // The snapshot is one row per asset of the catalog: small enough to
      // compare in memory, which keeps the statements the same on both DBs.
      const stored: Array<
        Pick<AssetRow, 'entity_ref' | 'owner_ref' | 'removed_at'>
      > = await tx('catalog_assets').select(
        'entity_ref',
        'owner_ref',
        'removed_at',
      );
      const changes: CatalogSnapshotChanges = {
        added: 0,
        updated: 0,
        returned: 0,
        removed: 0,
      };
      const gone: string[] = [];
      let ownersChanged = false;
      for (const row of stored) {
        const asset = given.get(row.entity_ref);
        if (asset) {
          changes.updated += 1;
          if (row.removed_at !== null) {
            changes.returned += 1;
          }
          ownersChanged ||= asset.ownerRef !== row.owner_ref;
        } else if (row.removed_at === null) {
          gone.push(row.entity_ref);
        }
      }
      changes.added = given.size - changes.updated;

      for (const chunk of chunks([...given.values()])) {
        await tx('catalog_assets')
          .insert(chunk.map(asset => toRow(asset, seenAt)))
          .onConflict('entity_ref')
          .merge(REFRESHED_COLUMNS);
      }
      for (const chunk of chunks(gone)) {
        changes.removed += await tx('catalog_assets')
          .whereIn('entity_ref', chunk)
          .whereNull('removed_at')
          .update({ removed_at: seenAt });
      }
      // The producer × consumer flows of the trailing KPI blocks are summed
      // by owner, over the assets present: new, returned or re-owned assets
      // make them stale until the next fold rebuilds them. (A removal keeps
      // the asset present during windows ending today.)
      if (changes.added || changes.returned || ownersChanged) {
        await tx('reuse_trailing_blocks').update({ flows_complete: 0 });
      }
      return changes;
    });
  }

  async presentAssets(): Promise<StoredCatalogAsset[]> {
    const rows: AssetRow[] = await this.knex('catalog_assets')
      .whereNull('removed_at')
      .orderBy('entity_ref');
    return rows.map(fromRow);
  }
}
