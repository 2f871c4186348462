/*
 * Ingest benchmark: reuse events per second through the authenticated HTTP
 * API (POST /reuse-events/batch, 1,000 events a call: credentials, permission,
 * validation, catalog checks, audit, idempotency, daily roll-up) against raw
 * batched knex inserts of the same rows into the same table, on SQLite and
 * PostgreSQL, in the same run.
 *
 * Run from the repository root:
 *
 *   npm run bench:ingest [-- --events 50000 --rounds 3]
 */
import { performance } from 'perf_hooks';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { REUSE_EVENT_TYPES } from '../../plugins/ai-marketplace-common/src';
import { aiMarketplacePlugin } from '../../plugins/ai-marketplace-backend/src/plugin';
import { migrateDatabase } from '../../plugins/ai-marketplace-backend/src/database/migrateDatabase';
import { DatabaseReuseBlockFoldStore } from '../../plugins/ai-marketplace-backend/src/database/DatabaseReuseBlockFoldStore';
import { foldReuseBlocks } from '../../plugins/ai-marketplace-backend/src/kpis/foldReuseBlocks';
import { seededRandom32 } from '../../plugins/ai-marketplace-backend/src/duplicates/hash';
import {
  BenchDatabase,
  median,
  postgresDatabase,
  sqliteDatabase,
} from '../support/benchDatabases';

const BATCH = 1000;
const ASSETS = 200;
const TEAMS = 10;
const USER = 'user:default/bench.user';
/** The API store writes 500 rows per statement (SQLite limit); raw does the same. */
const ROWS_PER_STATEMENT = 500;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const teamRef = (t: number) => `group:default/team-${t}`;
const assetRef = (a: number) => `aiworkflow:default/workflow-${a}`;

function catalogEntities(): Entity[] {
  const user: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'bench.user' },
    spec: {},
    relations: Array.from({ length: TEAMS }, (_, t) => ({
      type: 'memberOf',
      targetRef: teamRef(t),
    })),
  };
  const workflows: Entity[] = Array.from({ length: ASSETS }, (_, a) => ({
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata: { name: `workflow-${a}` },
    spec: {
      type: 'assistant',
      lifecycle: 'production',
      owner: teamRef(a % TEAMS),
      function: 'support',
      actionTier: 'read',
      riskTier: 'low',
    },
  }));
  return [user, ...workflows];
}

/** Weights of the event types in a live stream: mostly views and invocations. */
const TYPE_WEIGHTS: Array<[(typeof REUSE_EVENT_TYPES)[number], number]> = [
  ['invoked', 50],
  ['viewed', 35],
  ['copied', 8],
  ['adopted', 4],
  ['forked', 3],
];

/**
 * Events as clients post them while they happen: times within the last hour,
 * asset popularity skewed (Zipf: a few assets get most use), unique ids.
 */
function generateEvents(count: number, round: number, label: string) {
  const random = seededRandom32(round + 1);
  const uniform = () => random() / 2 ** 32;
  const zipf = Array.from({ length: ASSETS }, (_, a) => 1 / (a + 1));
  const zipfTotal = zipf.reduce((sum, w) => sum + w, 0);
  const pick = <T>(items: Array<[T, number]>, total: number): T => {
    let r = uniform() * total;
    for (const [item, weight] of items) {
      r -= weight;
      if (r <= 0) return item;
    }
    return items[items.length - 1][0];
  };
  const assets = zipf.map((w, a) => [a, w] as [number, number]);
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    id: `${label}-${round}-${i}`,
    entityRef: assetRef(pick(assets, zipfTotal)),
    type: pick(TYPE_WEIGHTS, 100),
    team: teamRef(random() % TEAMS),
    occurredAt: new Date(now - (random() % 3600) * 1000).toISOString(),
  }));
}

type Input = ReturnType<typeof generateEvents>[number];

async function throughApi(baseUrl: string, events: Input[]): Promise<number> {
  const authorization = mockCredentials.user.header(USER);
  const post = (body: string) =>
    fetch(`${baseUrl}/api/ai-marketplace/reuse-events/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body,
    });
  const started = performance.now();
  for (let i = 0; i < events.length; i += BATCH) {
    const body = JSON.stringify({ events: events.slice(i, i + BATCH) });
    // A kept-alive socket the server closed as the request left it (client
    // and server share one loaded event loop) resets: send it again, which
    // is safe, since batches are idempotent by event id.
    const res = await post(body).catch(() => post(body));
    if (res.status !== 201) {
      throw new Error(`API answered ${res.status}: ${await res.text()}`);
    }
  }
  return events.length / ((performance.now() - started) / 1000);
}

async function rawInserts(db: BenchDatabase, events: Input[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < events.length; i += BATCH) {
    const batch = events.slice(i, i + BATCH).map(e => ({
      id: e.id,
      entity_ref: e.entityRef,
      prompt_id: null,
      event_type: e.type,
      user_ref: USER,
      team_ref: e.team,
      occurred_at: new Date(e.occurredAt),
    }));
    await db.knex.transaction(async tx => {
      for (let j = 0; j < batch.length; j += ROWS_PER_STATEMENT) {
        await tx('reuse_events').insert(batch.slice(j, j + ROWS_PER_STATEMENT));
      }
    });
  }
  return events.length / ((performance.now() - started) / 1000);
}

async function benchmark(db: BenchDatabase, events: number, rounds: number) {
  await migrateDatabase(db.knex);
  const { server } = await startTestBackend({
    features: [
      aiMarketplacePlugin,
      mockServices.database.factory({ knex: db.knex }),
      catalogServiceMock.factory({ entities: catalogEntities() }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({
        data: {
          // Keep the plugin's scheduled tasks out of the measurement; the
          // fold into the KPI blocks is timed on its own below.
          aiMarketplace: Object.fromEntries(
            ['catalogSync', 'duplicates', 'retention', 'kpiRollups'].map(
              task => [
                task,
                {
                  schedule: {
                    frequency: { hours: 24 },
                    timeout: { minutes: 1 },
                    initialDelay: { hours: 24 },
                  },
                },
              ],
            ),
          ),
        },
      }),
    ],
  });
  const address = server.address();
  if (!address || typeof address === 'string') {
    throw new Error('The test backend has no TCP address');
  }
  const baseUrl = `http://127.0.0.1:${address.port}`;

  // Warm up both paths (JIT, connection pools, statement caches).
  await throughApi(baseUrl, generateEvents(BATCH, 0, 'warm-api'));
  await rawInserts(db, generateEvents(BATCH, 0, 'warm-raw'));

  const api: number[] = [];
  const raw: number[] = [];
  // Alternate the two so drift on a shared machine hits both alike.
  for (let round = 1; round <= rounds; round++) {
    api.push(await throughApi(baseUrl, generateEvents(events, round, 'api')));
    raw.push(await rawInserts(db, generateEvents(events, round, 'raw')));
  }
  await new Promise(resolve => server.close(resolve));

  // The background work the API leaves: folding every recorded event into
  // the KPI block roll-ups, as the scheduled task does.
  const foldStarted = performance.now();
  const folded = await foldReuseBlocks({
    store: new DatabaseReuseBlockFoldStore(db.knex),
    logger: mockServices.rootLogger({ level: 'none' }),
  });
  const fold = folded.events / ((performance.now() - foldStarted) / 1000);
  return {
    api: median(api),
    raw: median(raw),
    ratio: median(api) / median(raw),
    fold,
  };
}

async function main() {
  const events = option('events', 50_000);
  const rounds = option('rounds', 3);
  console.log(
    `Ingest: ${events.toLocaleString(
      'en-US',
    )} events per round, ${rounds} rounds, batches of ${BATCH}; medians`,
  );
  const rows: string[] = [];
  for (const open of [sqliteDatabase, () => postgresDatabase('bench_ingest')]) {
    const db = await open();
    if (!db) continue;
    try {
      const r = await benchmark(db, events, rounds);
      rows.push(
        `${db.name.padEnd(11)} API ${Math.round(r.api)
          .toLocaleString('en-US')
          .padStart(7)} events/s   raw knex ${Math.round(r.raw)
          .toLocaleString('en-US')
          .padStart(7)} events/s   ratio ${r.ratio.toFixed(2)} (goal >= 0.5) ${
          r.ratio >= 0.5 ? 'MET' : 'MISSED'
        }\n${' '.repeat(
          12,
        )}later, the scheduled fold into the KPI blocks: ${Math.round(
          r.fold,
        ).toLocaleString('en-US')} events/s`,
      );
    } finally {
      await db.destroy();
    }
  }
  console.log(rows.join('\n'));
  // The test backend's scheduler and pools keep timers; end explicitly.
  process.exit(0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
