/*
 * KPI read benchmark: every KPI endpoint through the plugin over HTTP, on
 * SQLite and PostgreSQL, against the same reuse KPIs computed by a naive
 * GROUP BY over the raw reuse events.
 *
 * Run from the repository root:
 *
 *   npm run bench:kpis                       # 1,000,000 events, both databases
 *   npm run bench:kpis -- --events 100000    # a quick run
 *   npm run bench:kpis -- --databases sqlite --requests 50
 *
 * PostgreSQL is postgresql://postgres@127.0.0.1:5432 (or BENCH_POSTGRES_URL);
 * the bench creates a database of its own there and drops it at the end.
 */
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { AddressInfo } from 'net';
import { performance } from 'perf_hooks';
import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory, { Knex } from 'knex';
import { aiMarketplacePlugin } from '../../plugins/ai-marketplace-backend/src/plugin';
import { DatabaseReuseEventStore } from '../../plugins/ai-marketplace-backend/src/database/DatabaseReuseEventStore';
import { DatabaseReuseBlockFoldStore } from '../../plugins/ai-marketplace-backend/src/database/DatabaseReuseBlockFoldStore';
import { foldReuseBlocks } from '../../plugins/ai-marketplace-backend/src/kpis/foldReuseBlocks';
import { migrateDatabase } from '../../plugins/ai-marketplace-backend/src/database/migrateDatabase';
import { BenchDataset } from './dataset';
import { NaiveKpiStore } from './NaiveKpiStore';
import { KpiStore } from '../../plugins/ai-marketplace-backend/src/database/KpiStore';
import { crossTeamReuse } from '../../plugins/ai-marketplace-backend/src/kpis/crossTeamReuse';
import {
  KpiRequest,
  kpiRequest,
} from '../../plugins/ai-marketplace-backend/src/kpis/kpiRequest';
import { kpiSummary } from '../../plugins/ai-marketplace-backend/src/kpis/kpiSummary';
import { lineage } from '../../plugins/ai-marketplace-backend/src/kpis/lineage';
import { reuseMatrix } from '../../plugins/ai-marketplace-backend/src/kpis/reuseMatrix';
import { topAssets } from '../../plugins/ai-marketplace-backend/src/kpis/topAssets';
import { compareText } from '../../plugins/ai-marketplace-backend/src/service/compareText';
import { addDays } from '../../plugins/ai-marketplace-backend/src/service/window';

type Options = {
  events: number;
  databases: Array<'sqlite' | 'postgres'>;
  requests: number;
  naiveRuns: number;
  batch: number;
};

function parseOptions(argv: string[]): Options {
  const options: Options = {
    events: 1_000_000,
    databases: ['sqlite', 'postgres'],
    requests: 30,
    naiveRuns: 7,
    batch: 5_000,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const number = Number(String(value).replace(/_/g, ''));
    if (flag === '--events' && number > 0) options.events = number;
    else if (flag === '--requests' && number >= 30) options.requests = number;
    else if (flag === '--naive-runs' && number > 0) options.naiveRuns = number;
    else if (flag === '--batch' && number > 0) options.batch = number;
    else if (flag === '--databases')
      options.databases = value
        .split(',')
        .filter((d): d is 'sqlite' | 'postgres' =>
          ['sqlite', 'postgres'].includes(d),
        );
    else {
      throw new Error(
        `Unknown or bad option ${flag} ${value}; use --events N, --databases sqlite,postgres, --requests N (≥ 30), --naive-runs N, --batch N`,
      );
    }
  }
  return options;
}

const format = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** Creates the database to load, and how to drop it. */
async function openDatabase(
  kind: 'sqlite' | 'postgres',
): Promise<{ knex: Knex; drop: () => Promise<void>; label: string }> {
  if (kind === 'sqlite') {
    // KPI_BENCH_SQLITE_FILE keeps the loaded database there, to study plans.
    const keep = process.env.KPI_BENCH_SQLITE_FILE;
    const file =
      keep ??
      path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-bench-')),
        'bench.sqlite',
      );
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: file },
      useNullAsDefault: true,
    });
    await knex.raw('pragma journal_mode = wal');
    return {
      knex,
      label: `SQLite (better-sqlite3, file ${file})`,
      drop: async () => {
        await knex.destroy();
        if (!keep) {
          fs.rmSync(path.dirname(file), { recursive: true, force: true });
        }
      },
    };
  }
  const url =
    process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';
  // KPI_BENCH_POSTGRES_DATABASE keeps the loaded database under that name
  // (and a later run reuses it), to study plans.
  const keep = process.env.KPI_BENCH_POSTGRES_DATABASE;
  const name = keep ?? `ai_marketplace_kpi_bench_${process.pid}`;
  const admin = knexFactory({ client: 'pg', connection: `${url}/postgres` });
  const exists = await admin('pg_database').where({ datname: name }).first();
  if (!exists) {
    await admin.raw('create database ??', [name]);
  }
  const knex = knexFactory({
    client: 'pg',
    connection: `${url}/${name}`,
    pool: { min: 0, max: 5 },
  });
  const [{ server_version: version }] = (await knex.raw('show server_version'))
    .rows;
  return {
    knex,
    label: `PostgreSQL ${version} (database ${name}, ${
      keep ? 'kept' : 'dropped at the end'
    })`,
    drop: async () => {
      await knex.destroy();
      if (!keep) {
        await admin.raw('drop database if exists ??', [name]);
      }
      await admin.destroy();
    },
  };
}

/** The dashboard's windows: the trailing blocks the portal keeps by default. */
const TRAILING_WINDOWS = [30, 90, 180];

/**
 * Loads the dataset: events through the reuse store (the daily roll-up is
 * built on write), then the scheduled fold into the KPI blocks and the
 * trailing blocks ending on the data's last day, each timed apart.
 */
async function load(knex: Knex, data: BenchDataset, options: Options) {
  await migrateDatabase(knex);
  const loaded = Number((await knex('reuse_events').count({ n: '*' }))[0].n);
  if (loaded) {
    // A kept SQLite file loaded by an earlier run: new migrations applied,
    // the rest as it was.
    console.log(`  reusing the ${format(loaded)} events already loaded`);
    return {
      ...(await foldAndRoll(knex, data)),
      loadSeconds: NaN,
      rows: await rowCounts(knex),
    };
  }
  for (let i = 0; i < data.assets.length; i += 500) {
    await knex('catalog_assets').insert(data.assets.slice(i, i + 500));
  }
  const store = new DatabaseReuseEventStore(knex);
  const started = performance.now();
  let done = 0;
  for (const batch of data.eventBatches(options.batch)) {
    await store.record(batch);
    done += batch.length;
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `\r  recorded ${format(done)} events (${format(
        Math.round(done / seconds),
      )}/s)   `,
    );
  }
  const loadSeconds = (performance.now() - started) / 1000;
  process.stdout.write('\r');
  const { foldSeconds, foldedEvents, trailingSeconds } = await foldAndRoll(
    knex,
    data,
  );
  const insertAll = async (table: string, rows: Record<string, unknown>[]) => {
    for (let i = 0; i < rows.length; i += 500) {
      await knex(table).insert(rows.slice(i, i + 500));
    }
  };
  await insertAll(
    'experiments',
    data.experiments(Math.round(options.events / 50)),
  );
  await insertAll(
    'evaluation_results',
    data.evaluations(Math.round(options.events / 16)),
  );
  await insertAll(
    'ai_incidents',
    data.incidents(Math.round(options.events / 200)),
  );
  await insertAll('duplicate_clusters', data.duplicateClusters(400));
  await maintain(knex);
  return {
    loadSeconds,
    foldSeconds,
    foldedEvents,
    trailingSeconds,
    rows: await rowCounts(knex),
  };
}

/**
 * What autovacuum would have done by then: statistics, and on PostgreSQL
 * the dead index entries of the fold's million updates (the partial index
 * of unfolded rows keeps them until a vacuum) cleared.
 */
async function maintain(knex: Knex) {
  await knex.raw(
    knex.client.dialect === 'postgresql' ? 'vacuum analyze' : 'analyze',
  );
}

/**
 * The trailing blocks of the data's last day, then the scheduled fold, as
 * the task runs them: the fold keeps those blocks and their flows too.
 */
async function foldAndRoll(knex: Knex, data: BenchDataset) {
  const store = new DatabaseReuseBlockFoldStore(knex);
  const trailingStarted = performance.now();
  await store.rollTrailingBlocks(data.lastDay, TRAILING_WINDOWS);
  const trailingSeconds = (performance.now() - trailingStarted) / 1000;
  const foldStarted = performance.now();
  const folded = await foldReuseBlocks({
    store,
    logger: mockServices.rootLogger({ level: 'none' }),
  });
  const foldSeconds = (performance.now() - foldStarted) / 1000;
  await maintain(knex);
  return { foldSeconds, foldedEvents: folded.events, trailingSeconds };
}

async function rowCounts(knex: Knex) {
  const count = async (table: string) =>
    Number((await knex(table).count({ n: '*' }))[0].n);
  return {
    reuse_events: await count('reuse_events'),
    reuse_daily: await count('reuse_daily'),
    reuse_asset_blocks: await count('reuse_asset_blocks'),
    reuse_team_blocks: await count('reuse_team_blocks'),
    experiments: await count('experiments'),
    evaluation_results: await count('evaluation_results'),
    ai_incidents: await count('ai_incidents'),
  };
}

/** The plugin, as the portal mounts it, on the loaded database. */
async function startPlugin(knex: Knex, data: BenchDataset) {
  const backend = await startTestBackend({
    features: [
      aiMarketplacePlugin,
      catalogServiceMock.factory(),
      mockServices.database.factory({ knex, migrations: { skip: true } }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      // The catalog snapshot must not be replaced by the empty mock catalog.
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({
        data: {
          aiMarketplace: { coordinationGroups: data.coordinationGroups },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/api/ai-marketplace`;
  // No Authorization header: the test backend's mock user.
  const get = async (route: string, query: Record<string, string>) => {
    const url = `${base}${route}?${new URLSearchParams(query)}`;
    // A kept-alive connection the server closed while the naive queries ran
    // fails once; the warm-up requests absorb the retry.
    const res = await fetch(url).catch(() => fetch(url));
    const body = await res.json();
    if (res.status !== 200) {
      throw new Error(`${route}: ${res.status} ${JSON.stringify(body)}`);
    }
    return body;
  };
  return { backend, get };
}

type Get = (route: string, query: Record<string, string>) => Promise<any>;

/** One measured endpoint, and the same KPI on the naive store when it reads reuse. */
type Case = {
  name: string;
  route: string;
  query?: Record<string, string>;
  naive?: (store: KpiStore, request: KpiRequest) => Promise<unknown>;
};

function cases(team: string, coordinationGroups: string[]): Case[] {
  return [
    { name: 'reuse', route: '/kpis/reuse', naive: crossTeamReuse },
    {
      name: 'reuse?groupBy=team',
      route: '/kpis/reuse',
      query: { groupBy: 'team' },
      naive: (store, request) => crossTeamReuse(store, request, 'team'),
    },
    {
      name: 'reuse?team=<a team>',
      route: '/kpis/reuse',
      query: { team },
      naive: crossTeamReuse,
    },
    {
      name: 'reuse-matrix',
      route: '/kpis/reuse-matrix',
      naive: (store, request) => reuseMatrix(store, request, 100),
    },
    {
      name: 'top-assets',
      route: '/kpis/top-assets',
      naive: (store, request) => topAssets(store, request, 10),
    },
    {
      name: 'lineage',
      route: '/kpis/lineage',
      naive: (store, request) => lineage(store, request, 100),
    },
    // These read their own record tables whichever way: no naive variant.
    {
      name: 'time-to-first-experiment',
      route: '/kpis/time-to-first-experiment',
    },
    { name: 'self-serve', route: '/kpis/self-serve' },
    { name: 'knowledge-capture', route: '/kpis/knowledge-capture' },
    { name: 'ownership-concentration', route: '/kpis/ownership-concentration' },
    { name: 'eval-gates', route: '/kpis/eval-gates' },
    { name: 'error-budgets', route: '/kpis/error-budgets' },
    {
      name: 'summary',
      route: '/kpis/summary',
      naive: (store, request) => kpiSummary(store, request, coordinationGroups),
    },
  ];
}

/** JSON with sorted keys, to compare two answers. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v).sort(([x], [y]) => compareText(x, y)),
        )
      : v,
  );
}

async function latencies(
  runs: number,
  warmUps: number,
  run: () => Promise<unknown>,
): Promise<{ p50: number; p95: number; result: unknown }> {
  let result: unknown;
  for (let i = 0; i < warmUps; i++) {
    result = await run();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    result,
  };
}

async function benchWindow(
  naiveStore: KpiStore,
  get: Get,
  scope: {
    window: { from: string; to: string };
    days: number;
    how: string;
    team: string;
    coordinationGroups: string[];
    options: Options;
  },
) {
  const { window, days, how, options } = scope;
  console.log(
    `\n  window ${window.from} … ${
      window.to
    } (${days} days, ${how}): ours over HTTP, ${
      options.requests
    } requests after 3 warm-ups; naive: the same KPI function on the naive store, in process, ${
      options.naiveRuns
    } runs after 1 warm-up; load average ${os
      .loadavg()
      .map(n => n.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `  ${'endpoint'.padEnd(28)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(
      9,
    )}${'naive p50'.padStart(11)}${'naive/ours'.padStart(12)}  same answer`,
  );
  for (const c of cases(scope.team, scope.coordinationGroups)) {
    const query = { ...window, ...c.query };
    const ours = await latencies(options.requests, 3, () =>
      get(c.route, query),
    );
    let naiveP50: number | undefined;
    let same = '';
    if (c.naive) {
      const naive = c.naive;
      const request = kpiRequest(query, new Date());
      const measured = await latencies(options.naiveRuns, 1, () =>
        naive(naiveStore, request),
      );
      naiveP50 = measured.p50;
      same =
        canonical(ours.result) === canonical(measured.result) ? 'yes' : 'NO';
    }
    console.log(
      `  ${c.name.padEnd(28)}${ms(ours.p50).padStart(9)}${ms(ours.p95).padStart(
        9,
      )}${(naiveP50 === undefined ? '—' : ms(naiveP50)).padStart(
        11,
      )}${(naiveP50 === undefined
        ? '—'
        : `${(naiveP50 / ours.p50).toFixed(1)}×`
      ).padStart(12)}  ${same}`,
    );
  }
}

async function benchDatabase(kind: 'sqlite' | 'postgres', options: Options) {
  // The same seed on every database: the same data.
  const data = benchDataset(options);
  const db = await openDatabase(kind);
  try {
    console.log(`\n${db.label}`);
    const { loadSeconds, foldSeconds, foldedEvents, trailingSeconds, rows } =
      await load(db.knex, data, options);
    const loading = Number.isNaN(loadSeconds)
      ? 'loaded by an earlier run'
      : `loaded ${format(
          options.events,
        )} events through DatabaseReuseEventStore.record in batches of ${format(
          options.batch,
        )}: ${loadSeconds.toFixed(0)} s (${format(
          Math.round(options.events / loadSeconds),
        )} events/s, daily roll-up included)`;
    console.log(
      `  ${loading}; folded ${format(
        foldedEvents,
      )} into the KPI blocks (the trailing blocks of ${TRAILING_WINDOWS.join(
        ', ',
      )} days and their flows included, built first in ${trailingSeconds.toFixed(
        1,
      )} s) in ${foldSeconds.toFixed(0)} s`,
    );
    console.log(
      `  rows: ${Object.entries(rows)
        .map(([table, n]) => `${table} ${format(n)}`)
        .join(', ')}`,
    );
    const { backend, get } = await startPlugin(db.knex, data);
    try {
      const naiveStore = new NaiveKpiStore(db.knex);
      // The dashboard's windows, ending "today" (the data's last day): read
      // from their trailing blocks. Then 30 days ending ten days earlier,
      // which no trailing block holds: the aligned blocks that tile it.
      const earlier = {
        from: addDays(data.window(30).from, -10),
        to: addDays(data.lastDay, -10),
      };
      for (const [days, window, how] of [
        [30, data.window(30), 'trailing block'],
        [180, data.window(180), 'trailing block'],
        [30, earlier, 'aligned blocks'],
      ] as const) {
        await benchWindow(naiveStore, get, {
          window,
          days,
          how,
          team: data.teams[2],
          coordinationGroups: data.coordinationGroups,
          options,
        });
      }
    } finally {
      await backend.stop();
    }
  } finally {
    await db.drop();
  }
}

function benchDataset(options: Options) {
  return new BenchDataset({
    events: options.events,
    assets: 10_000,
    teams: 300,
    days: 180,
  });
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const data = benchDataset(options);
  console.log(
    `KPI read benchmark (node ${process.version}, ${
      os.cpus().length
    } CPUs): ${format(options.events)} reuse events over 180 days, ${format(
      data.assets.length,
    )} assets, ${
      data.teams.length
    } teams; per 1,000 events 20 experiments, 62.5 evaluations, 5 incidents`,
  );
  for (const kind of options.databases) {
    await benchDatabase(kind, options);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
