/*
 * Readiness scorecards benchmark: a full run over 10,000 generated assets
 * with every default check — records gathered from the database in batches,
 * scored, stored — on SQLite and PostgreSQL, with the catalog fetch timed
 * apart; and the scoring itself against json-rules-engine (what Tech
 * Insights uses) evaluating the equivalent rules on the same facts, in the
 * same run, after checking that both give the same status for every check
 * of every asset.
 *
 * Run from the repository root:
 *
 *   npm run bench:scorecards [-- --assets 10000 --rounds 5]
 */
import { performance } from 'perf_hooks';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readAiAssetEntities } from '../../plugins/ai-marketplace-backend/src/catalogSync/readAiAssetEntities';
import { DatabaseScorecardFactsStore } from '../../plugins/ai-marketplace-backend/src/database/DatabaseScorecardFactsStore';
import { DatabaseScorecardStore } from '../../plugins/ai-marketplace-backend/src/database/DatabaseScorecardStore';
import { migrateDatabase } from '../../plugins/ai-marketplace-backend/src/database/migrateDatabase';
import { createCheckRegistry } from '../../plugins/ai-marketplace-backend/src/scorecards/checkRegistry';
import { DEFAULT_READINESS_CHECKS } from '../../plugins/ai-marketplace-backend/src/scorecards/checks';
import { DEFAULT_READINESS_LEVELS } from '../../plugins/ai-marketplace-backend/src/scorecards/defaultLevels';
import { loadCatalogFacts } from '../../plugins/ai-marketplace-backend/src/scorecards/loadCatalogFacts';
import { scoreAssets } from '../../plugins/ai-marketplace-backend/src/scorecards/scoreAssets';
import {
  ReadinessRecords,
  ReadinessSettings,
} from '../../plugins/ai-marketplace-node/src';
import {
  BenchDatabase,
  median,
  postgresDatabase,
  sqliteDatabase,
} from '../support/benchDatabases';
import { generateCatalog, GeneratedCatalog } from './generateCatalog';
import {
  createBaselineEngine,
  deriveFacts,
  runBaseline,
} from './rulesEngineBaseline';

const NOW = new Date('2026-11-21T06:00:00Z');
const DAY = '2026-11-21';
const STALE_WEIGHT = -0.5;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const ms = (value: number) => `${Math.round(value)} ms`;

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function seed(db: BenchDatabase, catalog: GeneratedCatalog) {
  await migrateDatabase(db.knex);
  for (const [table, rows] of Object.entries(catalog.rows)) {
    for (let i = 0; i < rows.length; i += 500) {
      await db.knex(table).insert(rows.slice(i, i + 500));
    }
  }
}

async function main() {
  const count = option('assets', 10_000);
  const rounds = option('rounds', 5);
  const generated = generateCatalog(count, NOW);
  const registry = createCheckRegistry(
    DEFAULT_READINESS_CHECKS,
    DEFAULT_READINESS_LEVELS,
  );
  const settings: ReadinessSettings = {
    coordinationGroups: new Set(generated.coordinationGroups),
    approvedModels: new Set(),
    defaultCadenceDays: { evaluation: 30, review: 90, reuse: 90 },
  };
  const workflows = generated.assets.filter(
    a => a.kind === 'AIWorkflow',
  ).length;
  console.log(
    `${count} assets (${workflows} workflows, ${
      count - workflows
    } prompt libraries), ` +
      `${registry.checks.length} checks; records: ` +
      Object.entries(generated.rows)
        .map(([table, rows]) => `${rows.length} ${table}`)
        .join(', '),
  );

  // Catalog fetch, reported apart (here an in-memory catalog: a real one adds the network).
  const catalog = catalogServiceMock({
    entities: [...generated.assets, ...generated.others],
  });
  const auth = mockServices.auth();
  const [[assets, catalogFacts], fetchTime] = await timed(async () => {
    const read = await readAiAssetEntities({
      catalog,
      auth,
      fields: ['metadata', 'spec'],
    });
    return [
      read,
      await loadCatalogFacts(
        catalog,
        await auth.getOwnServiceCredentials(),
        read,
      ),
    ] as const;
  });
  console.log(
    `catalog fetch (in-memory catalog, reported apart): ${ms(fetchTime)}`,
  );

  let records = new Map<string, ReadinessRecords>();
  const databases = [
    await sqliteDatabase(),
    await postgresDatabase('bench_scorecards'),
  ];
  for (const db of databases) {
    if (!db) continue;
    await seed(db, generated);
    const facts = new DatabaseScorecardFactsStore(db.knex);
    const store = new DatabaseScorecardStore(db.knex);
    const phases = {
      records: [] as number[],
      score: [] as number[],
      store: [] as number[],
      total: [] as number[],
    };
    for (let round = 0; round < rounds; round++) {
      const [gathered, recordsTime] = await timed(() =>
        facts.recordsFor({
          incidentsSince: new Date(NOW.getTime() - 90 * 86_400_000),
        }),
      );
      records = gathered;
      const [scorecards, scoreTime] = await timed(() =>
        scoreAssets({
          assets,
          registry,
          catalog: catalogFacts,
          records,
          exemptions: [],
          settings,
          staleWeight: STALE_WEIGHT,
          now: NOW,
        }),
      );
      const [, storeTime] = await timed(() =>
        store.saveDay(DAY, scorecards, { complete: true }),
      );
      phases.records.push(recordsTime);
      phases.score.push(scoreTime);
      phases.store.push(storeTime);
      phases.total.push(recordsTime + scoreTime + storeTime);
    }
    console.log(
      `${db.name}: full run (median of ${rounds}) ${ms(
        median(phases.total),
      )} = ` +
        `records ${ms(median(phases.records))} + scoring ${ms(
          median(phases.score),
        )} + ` +
        `storing ${
          count * registry.checks.length
        } check results of ${count} assets ${ms(median(phases.store))}`,
    );
    await db.destroy();
  }

  // The scoring step against json-rules-engine, on the same facts.
  const contextOf = (entityRef: string) => ({
    entityRef,
    now: NOW,
    catalog: catalogFacts,
    settings,
    records: records.get(entityRef) ?? {
      incidentTimes: [],
      curation: [],
      lastUseByTeam: new Map(),
    },
  });
  const refs = assets.map(a =>
    `${a.kind}:default/${a.metadata.name}`.toLocaleLowerCase('en-US'),
  );
  const ours: number[] = [];
  let scored: ReturnType<typeof scoreAssets> = [];
  for (let round = 0; round < rounds; round++) {
    const [result, time] = await timed(() =>
      scoreAssets({
        assets,
        registry,
        catalog: catalogFacts,
        records,
        exemptions: [],
        settings,
        staleWeight: STALE_WEIGHT,
        now: NOW,
      }),
    );
    scored = result;
    ours.push(time);
  }
  const engine = createBaselineEngine();
  const derive: number[] = [];
  const rules: number[] = [];
  let baseline: Array<Map<string, string>> = [];
  for (let round = 0; round < Math.min(rounds, 3); round++) {
    const [facts, deriveTime] = await timed(() =>
      assets.map((a, i) => deriveFacts(a, contextOf(refs[i]))),
    );
    const [statuses, rulesTime] = await timed(async () => {
      const all: Array<Map<string, string>> = [];
      for (const f of facts) all.push(await runBaseline(engine, f));
      return all;
    });
    baseline = statuses;
    derive.push(deriveTime);
    rules.push(rulesTime);
  }
  let disagreements = 0;
  scored.forEach((s, i) => {
    for (const r of s.results) {
      if (baseline[i].get(r.checkId) !== r.status) {
        if (disagreements++ < 5) {
          console.log(
            `  disagreement: ${s.entityRef} ${r.checkId}: ours ${
              r.status
            }, rules ${baseline[i].get(r.checkId)}`,
          );
        }
      }
    }
  });
  const distribution = new Map<string, number>();
  for (const s of scored)
    for (const r of s.results)
      distribution.set(r.status, (distribution.get(r.status) ?? 0) + 1);
  const levels = new Map<string, number>();
  for (const s of scored)
    levels.set(s.level ?? 'none', (levels.get(s.level ?? 'none') ?? 0) + 1);

  const oursTime = median(ours);
  const rulesTime = median(rules);
  const deriveTime = median(derive);
  console.log(
    [
      `scoring ${count} assets x ${registry.checks.length} checks (in memory, same facts):`,
      `  ours (checks, levels, score)           ${ms(oursTime)}`,
      `  json-rules-engine rules alone          ${ms(rulesTime)}  (${(
        rulesTime / oursTime
      ).toFixed(1)}x ours)`,
      `  json-rules-engine + fact derivation    ${ms(
        rulesTime + deriveTime,
      )}  (${((rulesTime + deriveTime) / oursTime).toFixed(1)}x ours)`,
      `  statuses that differ: ${disagreements} of ${
        count * registry.checks.length
      }`,
      `  statuses: ${[...distribution]
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}`,
      `  levels: ${[...levels].map(([l, n]) => `${l} ${n}`).join(', ')}`,
    ].join('\n'),
  );
  if (disagreements) {
    process.exitCode = 1;
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
