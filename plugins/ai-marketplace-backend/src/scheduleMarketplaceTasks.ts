import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CATALOG_SYNC_TASK_ID,
  syncCatalogAssets,
} from './catalogSync/syncCatalogAssets';
import { AiMarketplaceConfig } from './config';
import { CatalogAssetStore } from './database/CatalogAssetStore';
import { DuplicateClusterStore } from './database/DuplicateClusterStore';
import { ReuseEventRetentionStore } from './database/ReuseEventRetentionStore';
import { ReuseBlockFoldStore } from './database/ReuseBlockFoldStore';
import { utcDay } from './service/window';
import {
  DUPLICATE_DETECTION_TASK_ID,
  refreshDuplicateClusters,
} from './duplicates/refreshDuplicateClusters';
import {
  foldReuseBlocks,
  REUSE_BLOCK_FOLD_TASK_ID,
} from './kpis/foldReuseBlocks';
import {
  deleteOldReuseEvents,
  RETENTION_TASK_ID,
} from './retention/deleteOldReuseEvents';

/**
 * Schedules the plugin's background work with the schedules of its config:
 * the catalog snapshot, near-duplicate detection, raw-event retention and
 * folding recorded reuse into the KPI block roll-ups.
 * Tasks are global: with several backend instances, one runs each at a time.
 */
export async function scheduleMarketplaceTasks(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  auth: AuthService;
  catalog: CatalogService;
  config: AiMarketplaceConfig;
  catalogAssets: CatalogAssetStore;
  duplicateClusters: DuplicateClusterStore;
  reuseEventRetention: ReuseEventRetentionStore;
  reuseBlockFold: ReuseBlockFoldStore;
}): Promise<void> {
  const { scheduler, logger, auth, catalog, config } = options;

  await scheduler.scheduleTask({
    id: CATALOG_SYNC_TASK_ID,
    ...config.catalogSync.schedule,
    fn: async signal => {
      await syncCatalogAssets({
        catalog,
        auth,
        store: options.catalogAssets,
        logger: logger.child({ task: CATALOG_SYNC_TASK_ID }),
        signal,
      });
    },
  });

  await scheduler.scheduleTask({
    id: DUPLICATE_DETECTION_TASK_ID,
    ...config.duplicates.schedule,
    fn: async signal => {
      await refreshDuplicateClusters({
        catalog,
        auth,
        store: options.duplicateClusters,
        logger: logger.child({ task: DUPLICATE_DETECTION_TASK_ID }),
        similarityThreshold: config.duplicates.similarityThreshold,
        signal,
      });
    },
  });

  await scheduler.scheduleTask({
    id: RETENTION_TASK_ID,
    ...config.retention.schedule,
    fn: async signal => {
      await deleteOldReuseEvents({
        store: options.reuseEventRetention,
        logger: logger.child({ task: RETENTION_TASK_ID }),
        rawEventDays: config.retention.rawEventDays,
        signal,
      });
    },
  });

  await scheduler.scheduleTask({
    id: REUSE_BLOCK_FOLD_TASK_ID,
    ...config.kpiRollups.schedule,
    fn: async signal => {
      await foldReuseBlocks({
        store: options.reuseBlockFold,
        logger: logger.child({ task: REUSE_BLOCK_FOLD_TASK_ID }),
        trailing: {
          today: utcDay(new Date()),
          lengths: config.kpiRollups.trailingWindows,
        },
        signal,
      });
    },
  });
}
