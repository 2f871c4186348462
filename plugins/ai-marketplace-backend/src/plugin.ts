import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { aiMarketplacePermissions } from '@ai-marketplace/plugin-ai-marketplace-common';
import { readAiMarketplaceConfig } from './config';
import { DatabaseReuseEventStore } from './database/DatabaseReuseEventStore';
import { DatabaseCurationStore } from './database/DatabaseCurationStore';
import { registerAssetResourceType } from './permissions/registerAssetResourceType';
import { DatabaseExperimentStore } from './database/DatabaseExperimentStore';
import { migrateDatabase } from './database/migrateDatabase';
import { DatabaseEvaluationResultStore } from './database/DatabaseEvaluationResultStore';
import { DatabaseIncidentStore } from './database/DatabaseIncidentStore';
import { createRouter } from './service/router';
import { DatabaseCatalogAssetStore } from './database/DatabaseCatalogAssetStore';
import { DatabaseDuplicateClusterStore } from './database/DatabaseDuplicateClusterStore';
import { DatabaseKpiStore } from './database/DatabaseKpiStore';
import { DatabaseReuseEventRetentionStore } from './database/DatabaseReuseEventRetentionStore';
import { DatabaseReuseBlockFoldStore } from './database/DatabaseReuseBlockFoldStore';
import { DatabaseMarketplaceAssetStore } from './database/DatabaseMarketplaceAssetStore';
import { scheduleMarketplaceTasks } from './scheduleMarketplaceTasks';
import { scheduleDemoHistory } from './demoHistory/demoHistoryTask';
import {
  aiMarketplaceScorecardExtensionPoint,
  ReadinessCheck,
} from '@ai-marketplace/plugin-ai-marketplace-node';
import { createScorecardServices } from './scorecards/createScorecardServices';
import { scheduleScorecardRuns } from './scorecards/scheduleScorecardRuns';

/**
 * The AI Marketplace backend: records how teams reuse, try, evaluate and
 * curate AI workflows and prompt libraries, finds near-duplicates across
 * teams, and serves the coordination KPIs.
 */
export const aiMarketplacePlugin = createBackendPlugin({
  pluginId: 'ai-marketplace',
  register(env) {
    // Readiness checks other backend modules add, before init runs.
    const addedChecks: ReadinessCheck[] = [];
    env.registerExtensionPoint(aiMarketplaceScorecardExtensionPoint, {
      addChecks: (...checks) => {
        addedChecks.push(...checks.flat());
      },
    });
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        database: coreServices.database,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        scheduler,
        httpRouter,
        httpAuth,
        auth,
        permissions,
        permissionsRegistry,
        auditor,
        database,
        catalog,
      }) {
        // Read at start so that a bad value stops the backend with the key named.
        const marketplaceConfig = readAiMarketplaceConfig(config);
        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await migrateDatabase(knex);
        }
        permissionsRegistry.addPermissions(aiMarketplacePermissions);
        const assetRuleset = registerAssetResourceType({
          permissionsRegistry,
          auth,
          catalog,
        });
        const catalogAssets = new DatabaseCatalogAssetStore(knex);
        const duplicateClusters = new DatabaseDuplicateClusterStore(knex);
        const scorecards = createScorecardServices({
          knex,
          catalog,
          auth,
          config: marketplaceConfig,
          addedChecks,
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            auditor,
            catalog,
            reuseEvents: new DatabaseReuseEventStore(knex),
            curationDecisions: new DatabaseCurationStore(knex),
            assetRuleset,
            experiments: new DatabaseExperimentStore(knex),
            auth,
            evaluationResults: new DatabaseEvaluationResultStore(knex),
            incidents: new DatabaseIncidentStore(knex),
            catalogAssets,
            duplicateClusters,
            similarityThreshold:
              marketplaceConfig.duplicates.similarityThreshold,
            kpis: new DatabaseKpiStore(knex),
            coordinationGroups: marketplaceConfig.coordinationGroups,
            scorecards,
            marketplaceAssets: new DatabaseMarketplaceAssetStore(knex),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        httpRouter.addAuthPolicy({
          path: '/openapi.json',
          allow: 'unauthenticated',
        });
        await scheduleMarketplaceTasks({
          scheduler,
          logger,
          auth,
          catalog,
          config: marketplaceConfig,
          catalogAssets,
          duplicateClusters,
          reuseEventRetention: new DatabaseReuseEventRetentionStore(knex),
          reuseBlockFold: new DatabaseReuseBlockFoldStore(knex),
        });
        await scheduleScorecardRuns({
          scheduler,
          logger,
          runner: scorecards.runner,
          schedule: marketplaceConfig.scorecards.schedule,
        });
        // Demo portals only: fills an empty database with plausible history.
        if (marketplaceConfig.demoHistory.enabled) {
          await scheduleDemoHistory({
            scheduler,
            knex,
            catalog,
            auth,
            logger: logger.child({ task: 'ai-marketplace-demo-history' }),
            days: marketplaceConfig.demoHistory.days,
          });
        }
      },
    });
  },
});
