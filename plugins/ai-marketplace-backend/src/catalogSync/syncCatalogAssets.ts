import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { assertError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CatalogAsset,
  CatalogAssetStore,
  CatalogSnapshotChanges,
} from '../database/CatalogAssetStore';
import { CATALOG_ASSET_FIELDS, catalogAssetOf } from './catalogAssetOf';
import { readAiAssetEntities } from './readAiAssetEntities';

/** The id of the scheduled task, unique within the plugin. */
export const CATALOG_SYNC_TASK_ID = 'ai-marketplace-catalog-sync';

/**
 * Refreshes the snapshot of the catalog's AI assets: reads every AIWorkflow
 * and PromptLibrary, then upserts them and marks the missing ones removed in
 * one transaction. Nothing is written unless the whole catalog was read, so a
 * failing catalog never makes assets look removed. An asset that cannot be
 * stored is skipped with a warning (and so counts as removed).
 */
export async function syncCatalogAssets(options: {
  catalog: CatalogService;
  auth: AuthService;
  store: CatalogAssetStore;
  logger: LoggerService;
  now?: () => Date;
  signal?: AbortSignal;
}): Promise<CatalogSnapshotChanges & { skipped: number }> {
  const { store, logger, now = () => new Date() } = options;
  const entities = await readAiAssetEntities({
    catalog: options.catalog,
    auth: options.auth,
    fields: CATALOG_ASSET_FIELDS,
    signal: options.signal,
  });
  const assets: CatalogAsset[] = [];
  let skipped = 0;
  for (const entity of entities) {
    try {
      assets.push(catalogAssetOf(entity));
    } catch (error) {
      assertError(error);
      skipped += 1;
      logger.warn(
        `Catalog snapshot skipped ${stringifyEntityRef(entity)}: ${
          error.message
        }`,
      );
    }
  }
  options.signal?.throwIfAborted();
  const changes = await store.replaceSnapshot(assets, now());
  logger.info(
    `Catalog snapshot refreshed: ${assets.length} assets (${changes.added} new, ${changes.returned} back, ${changes.removed} removed, ${skipped} skipped)`,
  );
  return { ...changes, skipped };
}
