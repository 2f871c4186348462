import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { demoOrganisation } from './demoOrganisation';
import { generateDemoHistory } from './generateDemoHistory';
import { hasRecordedHistory, writeDemoHistory } from './writeDemoHistory';

/** What one run of the demo-history task did. */
export type DemoHistoryRun =
  | 'written'
  | 'history-exists'
  | 'waiting-for-catalog';

export type DemoHistoryTaskOptions = {
  knex: Knex;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  days: number;
  /** The clock; tests pin it. */
  now?: () => Date;
  seed?: string;
};

/**
 * One run of the demo history: nothing once any history exists; otherwise it
 * waits until the catalog has ingested the organisation — AI assets, teams
 * with members, and every asset's owner, or else a catalog that stopped
 * changing since the last run — and then writes the history.
 */
export function createDemoHistoryTask(
  options: DemoHistoryTaskOptions,
): () => Promise<DemoHistoryRun> {
  const { knex, catalog, auth, logger, days } = options;
  const now = options.now ?? (() => new Date());
  let previousSize: number | undefined;
  let saidWaiting = false;

  return async () => {
    if (await hasRecordedHistory(knex)) {
      logger.debug('Demo history: the database has history, nothing to do');
      return 'history-exists';
    }
    const { items: entities } = await catalog.getEntities(
      { filter: { kind: ['AIWorkflow', 'PromptLibrary', 'Group', 'User'] } },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const organisation = demoOrganisation(entities);
    const known = new Set(
      entities.map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US')),
    );
    const ownersKnown = organisation.assets.every(a => known.has(a.ownerRef));
    const settled = previousSize === entities.length;
    previousSize = entities.length;
    if (
      !organisation.assets.length ||
      !organisation.teams.length ||
      !(ownersKnown || settled)
    ) {
      if (!saidWaiting) {
        logger.info(
          'Demo history: waiting for the catalog to list AI assets and their teams',
        );
        saidWaiting = true;
      }
      return 'waiting-for-catalog';
    }

    const started = Date.now();
    const at = now();
    const history = generateDemoHistory({
      entities,
      now: at,
      days,
      seed: options.seed,
    });
    const counts = await writeDemoHistory(knex, history, at);
    logger.info(
      `Demo history: wrote ${days} days of activity for ${
        organisation.assets.length
      } assets in ${Date.now() - started} ms (${Object.entries(counts)
        .map(([table, n]) => `${table}: ${n}`)
        .join(', ')})`,
    );
    return 'written';
  };
}

/**
 * Runs the demo history every 30 seconds from start-up, on one instance at
 * a time: it writes once the catalog is ready, and does nothing after that.
 */
export async function scheduleDemoHistory(
  options: DemoHistoryTaskOptions & { scheduler: SchedulerService },
): Promise<void> {
  const run = createDemoHistoryTask(options);
  await options.scheduler.scheduleTask({
    id: 'ai-marketplace-demo-history',
    frequency: { seconds: 30 },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 10 },
    fn: async () => {
      await run();
    },
  });
}
