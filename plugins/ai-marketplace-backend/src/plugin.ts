import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { aiMarketplacePermissions } from '@ai-marketplace/plugin-ai-marketplace-common';
import { DatabaseReuseEventStore } from './database/DatabaseReuseEventStore';
import { migrateDatabase } from './database/migrateDatabase';
import { createRouter } from './service/router';

/**
 * The AI Marketplace backend: records how teams reuse AI workflows and prompt
 * libraries, and serves reuse summaries.
 */
export const aiMarketplacePlugin = createBackendPlugin({
  pluginId: 'ai-marketplace',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        database: coreServices.database,
        catalog: catalogServiceRef,
      },
      async init({
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        auditor,
        database,
        catalog,
      }) {
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
