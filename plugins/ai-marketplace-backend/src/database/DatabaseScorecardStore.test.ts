import { CheckStatus } from '@ai-marketplace/plugin-ai-marketplace-common';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { createCheckRegistry } from '../scorecards/checkRegistry';
import { buildRollupTrend, buildScorecardRollup } from '../scorecards/rollups';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { migrateDatabase, MIGRATIONS_DIRECTORY } from './migrateDatabase';
import { StoredScorecard } from './ScorecardStore';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const SUPPORT = 'group:default/customer-support';
const SALES = 'group:default/sales';
const SAG = 'group:default/support-automation-guild';
const PEG = 'group:default/prompt-engineering-guild';

/** Three checks a, b, c over three levels, for hand-computable roll-ups. */
const registry = createCheckRegistry(
  ['a', 'b', 'c'].map(id => ({
    id,
    title: id.toUpperCase(),
    description: id,
    appliesTo: ['AIWorkflow', 'PromptLibrary'] as const,
    evaluate: () => ({ status: 'pass' as const, reason: 'ok' }),
  })),
  [
    { id: 'bronze', checks: ['a'] },
    { id: 'silver', checks: ['b'] },
    { id: 'gold', checks: ['c'] },
  ],
);

function scorecard(
  name: string,
  group: { owner: string; fn: string; guild?: string },
  level: string | null,
  score: number,
  [a, b, c]: CheckStatus[],
): StoredScorecard {
  return {
    entityRef: `aiworkflow:default/${name}`,
    kind: 'AIWorkflow',
    ownerRef: group.owner,
    function: group.fn,
    ...(group.guild ? { guildRef: group.guild } : {}),
    level,
    score,
    computedAt: new Date('2026-11-21T06:00:00Z'),
    results: [
      { checkId: 'a', status: a, reason: `a is ${a}` },
      { checkId: 'b', status: b, reason: `b is ${b}`, fix: 'do b' },
      { checkId: 'c', status: c, reason: `c is ${c}` },
    ],
  };
}

/**
 * The hand-computed catalogue (stale weight -0.4):
 *   wf1  support / support / SAG   gold    1.0   pass pass pass
 *   wf2  support / support / SAG   bronze  0.5   pass fail n/a
 *   wf3  sales   / sales   / -     none    0.2   stale fail pass   ((-0.4 + 0 + 1) / 3)
 *   lib1 support / support / PEG   silver  1.0   pass exempt pass
 *   lib2 sales   / sales   / SAG   none    0.0   fail fail fail
 */
const support = { owner: SUPPORT, fn: 'support' };
const CATALOGUE = [
  scorecard('wf1', { ...support, guild: SAG }, 'gold', 1, [
    'pass',
    'pass',
    'pass',
  ]),
  scorecard('wf2', { ...support, guild: SAG }, 'bronze', 0.5, [
    'pass',
    'fail',
    'not-applicable',
  ]),
  scorecard('wf3', { owner: SALES, fn: 'sales' }, null, 0.2, [
    'stale',
    'fail',
    'pass',
  ]),
  scorecard('lib1', { ...support, guild: PEG }, 'silver', 1, [
    'pass',
    'exempt',
    'pass',
  ]),
  scorecard('lib2', { owner: SALES, fn: 'sales', guild: SAG }, null, 0, [
    'fail',
    'fail',
    'fail',
  ]),
];

const counts = (c: Partial<Record<CheckStatus, number>>) => ({
  pass: 0,
  fail: 0,
  stale: 0,
  exempt: 0,
  'not-applicable': 0,
  ...c,
});

describe.each(ids)('DatabaseScorecardStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseScorecardStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseScorecardStore(knex);
  });

  it('stores a day and reads an asset back, the latest day by default', async () => {
    await store.saveDay('2026-11-20', [CATALOGUE[1]]);
    await store.saveDay('2026-11-21', [CATALOGUE[0]]);
    await store.saveDay('2026-11-21', [
      { ...CATALOGUE[1], entityRef: CATALOGUE[0].entityRef, level: 'bronze' },
    ]);
    const latest = await store.forEntity('aiworkflow:default/wf1');
    expect(latest).toMatchObject({
      day: '2026-11-21',
      level: 'bronze',
      score: 0.5,
      ownerRef: SUPPORT,
      guildRef: SAG,
      function: 'support',
    });
    expect(latest?.computedAt).toEqual(new Date('2026-11-21T06:00:00Z'));
    expect(latest?.results).toEqual([
      { checkId: 'a', status: 'pass', reason: 'a is pass' },
      { checkId: 'b', status: 'fail', reason: 'b is fail', fix: 'do b' },
      { checkId: 'c', status: 'not-applicable', reason: 'c is not-applicable' },
    ]);
    expect(
      (await store.forEntity('aiworkflow:default/wf2', '2026-11-20'))?.day,
    ).toBe('2026-11-20');
    expect(
      await store.forEntity('aiworkflow:default/wf2', '2026-11-21'),
    ).toBeUndefined();
    expect(await store.latestDay()).toBe('2026-11-21');
  });

  it('keeps a history across days, and a complete run replaces its day', async () => {
    const wf1 = CATALOGUE[0];
    await store.saveDay('2026-11-19', [
      {
        ...wf1,
        level: null,
        score: 0,
        results: wf1.results.map(r => ({ ...r, status: 'fail' as const })),
      },
    ]);
    await store.saveDay('2026-11-20', [
      {
        ...wf1,
        level: 'bronze',
        score: 0.2,
        results: [
          { checkId: 'a', status: 'pass', reason: 'ok' },
          { checkId: 'b', status: 'stale', reason: 'old' },
          { checkId: 'c', status: 'fail', reason: 'no' },
        ],
      },
    ]);
    await store.saveDay('2026-11-21', CATALOGUE);
    // The run again, later that day, after wf3 left the catalog.
    await store.saveDay(
      '2026-11-21',
      CATALOGUE.filter(s => !s.entityRef.endsWith('wf3')),
      { complete: true },
    );

    expect(
      await store.entityHistory(wf1.entityRef, '2026-11-01', '2026-11-30'),
    ).toEqual([
      { day: '2026-11-19', level: null, score: 0, counts: counts({ fail: 3 }) },
      {
        day: '2026-11-20',
        level: 'bronze',
        score: 0.2,
        counts: counts({ pass: 1, stale: 1, fail: 1 }),
      },
      {
        day: '2026-11-21',
        level: 'gold',
        score: 1,
        counts: counts({ pass: 3 }),
      },
    ]);
    expect(
      await store.forEntity('aiworkflow:default/wf3', '2026-11-21'),
    ).toBeUndefined();
    // An earlier day keeps the statuses; reasons only the latest result.
    expect(
      (await store.forEntity(wf1.entityRef, '2026-11-20'))?.results,
    ).toEqual(
      ['pass', 'stale', 'fail'].map((status, i) => ({
        checkId: ['a', 'b', 'c'][i],
        status,
        reason:
          'Status on 2026-11-20; reasons are kept for the latest result only',
      })),
    );

    const trend = buildRollupTrend({
      groupBy: 'owner',
      key: SUPPORT,
      from: '2026-11-19',
      to: '2026-11-21',
      counts: await store.rollupHistory({
        groupBy: 'owner',
        key: SUPPORT,
        fromDay: '2026-11-19',
        toDay: '2026-11-21',
      }),
      registry,
    });
    expect(trend.days).toEqual([
      {
        day: '2026-11-19',
        assets: 1,
        levels: { bronze: 0, silver: 0, gold: 0, none: 1 },
        meanScore: 0,
        passRate: 0,
      },
      {
        day: '2026-11-20',
        assets: 1,
        levels: { bronze: 1, silver: 0, gold: 0, none: 0 },
        meanScore: 0.2,
        passRate: 0.3333,
      },
      // wf1, wf2, lib1: 6 passes, 1 fail (6 / 7); lib1's exempt and wf2's n/a left out.
      {
        day: '2026-11-21',
        assets: 3,
        levels: { bronze: 1, silver: 1, gold: 1, none: 0 },
        meanScore: 0.8333,
        passRate: 0.8571,
      },
    ]);
    const organisation = await store.rollupHistory({
      groupBy: 'organisation',
      key: 'ignored',
      fromDay: '2026-11-21',
      toDay: '2026-11-21',
    });
    expect(organisation.levels.reduce((n, l) => n + l.assets, 0)).toBe(4);
  });

  it('deletes days before the retention horizon', async () => {
    await store.saveDay('2025-10-01', [CATALOGUE[0]]);
    await store.saveDay('2026-11-21', [CATALOGUE[1]], {
      keepFromDay: '2025-10-17',
    });
    expect(
      await store.entityHistory(
        CATALOGUE[0].entityRef,
        '2025-01-01',
        '2026-12-31',
      ),
    ).toEqual([]);
    expect(
      await knex('scorecard_asset_days').where('day', '2025-10-01'),
    ).toEqual([]);
  });

  it('rolls up the hand-computed catalogue per organisation, owner, function and guild', async () => {
    await store.saveDay('2026-11-21', CATALOGUE, { complete: true });
    const rollup = async (
      groupBy: 'organisation' | 'owner' | 'function' | 'guild',
    ) =>
      buildScorecardRollup({
        groupBy,
        day: '2026-11-21',
        counts: await store.rollupCounts('2026-11-21', groupBy),
        registry,
      });

    expect(await rollup('organisation')).toEqual({
      groupBy: 'organisation',
      day: '2026-11-21',
      levelIds: ['bronze', 'silver', 'gold', 'none'],
      groups: [
        {
          key: 'all',
          assets: 5,
          levels: { bronze: 1, silver: 1, gold: 1, none: 2 },
          levelShares: { bronze: 0.2, silver: 0.2, gold: 0.2, none: 0.4 },
          // (1 + 0.5 + 0.2 + 1 + 0) / 5
          meanScore: 0.54,
          checks: [
            // 3 pass, 1 stale, 1 fail: 3 / 5
            {
              checkId: 'a',
              counts: counts({ pass: 3, stale: 1, fail: 1 }),
              passRate: 0.6,
            },
            // 1 pass, 3 fail, 1 exempt (left out): 1 / 4
            {
              checkId: 'b',
              counts: counts({ pass: 1, fail: 3, exempt: 1 }),
              passRate: 0.25,
            },
            // 3 pass, 1 fail, 1 n/a (left out): 3 / 4
            {
              checkId: 'c',
              counts: counts({ pass: 3, fail: 1, 'not-applicable': 1 }),
              passRate: 0.75,
            },
          ],
        },
      ],
    });

    const byOwner = await rollup('owner');
    expect(
      byOwner.groups.map(g => [g.key, g.assets, g.levels, g.meanScore]),
    ).toEqual([
      [SUPPORT, 3, { bronze: 1, silver: 1, gold: 1, none: 0 }, 0.8333],
      [SALES, 2, { bronze: 0, silver: 0, gold: 0, none: 2 }, 0.1],
    ]);
    expect(byOwner.groups[0].checks.map(c => c.passRate)).toEqual([1, 0.5, 1]);
    expect(byOwner.groups[1].checks.map(c => c.passRate)).toEqual([0, 0, 0.5]);

    const byFunction = await rollup('function');
    expect(byFunction.groups.map(g => [g.key, g.assets])).toEqual([
      ['sales', 2],
      ['support', 3],
    ]);

    // wf3 has no guild and is left out.
    const byGuild = await rollup('guild');
    expect(
      byGuild.groups.map(g => [g.key, g.assets, g.levelShares, g.meanScore]),
    ).toEqual([
      [PEG, 1, { bronze: 0, silver: 1, gold: 0, none: 0 }, 1],
      [SAG, 3, { bronze: 0.3333, silver: 0, gold: 0.3333, none: 0.3333 }, 0.5],
    ]);
  });

  it('migrates down and up again', async () => {
    await knex.migrate.rollback({ directory: MIGRATIONS_DIRECTORY }, true);
    expect(await knex.schema.hasTable('scorecard_latest_results')).toBe(false);
    await migrateDatabase(knex);
    expect(await knex.schema.hasTable('scorecard_exemptions')).toBe(true);
  });
});
