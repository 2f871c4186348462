import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { aiMarketplacePermissions } from '@ai-marketplace/plugin-ai-marketplace-common';
import { readAiMarketplaceConfig } from './config';
import { DatabaseReuseEventStore } from './database/DatabaseReuseEventStore';
import { migrateDatabase } from './database/migrateDatabase';
import { createRouter } from './service/router';

/**
 * The AI Marketplace backend: records how teams reuse, try, evaluate and
 * curate AI workflows and prompt libraries, finds near-duplicates across
 * teams, and serves the coordination KPIs.
 */
export const aiMarketplacePlugin = createBackendPlugin({
  pluginId: 'ai-marketplace',
  register(env) {
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
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        auditor,
        database,
        catalog,
      }) {
        // Read at start so that a bad value stops the backend with the key named.
        readAiMarketplaceConfig(config);
        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await migrateDatabase(knex);
        }
        permissionsRegistry.addPermissions(aiMarketplacePermissions);
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            auditor,
            catalog,
            reuseEvents: new DatabaseReuseEventStore(knex),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
