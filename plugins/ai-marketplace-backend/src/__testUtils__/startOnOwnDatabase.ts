import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { aiMarketplacePlugin } from '../plugin';

/**
 * Starts the plugin on a fresh SQLite database that the test fills itself,
 * and hands back the database. Scheduled tasks do not run at start: the
 * catalog snapshot would replace the rows a test writes.
 */
export async function startOnOwnDatabase(
  databases: TestDatabases,
  options: {
    permission: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    config?: JsonObject;
  },
) {
  const knex = await databases.init('SQLITE_3');
  const { server } = await startTestBackend({
    features: [
      aiMarketplacePlugin,
      catalogServiceMock.factory(),
      mockServices.database.factory({ knex }),
      mockServices.permissions.factory({ result: options.permission }),
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
    ],
  });
  return { server, knex };
}
