import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseScorecardExemptionStore } from '../database/DatabaseScorecardExemptionStore';
import { DatabaseScorecardFactsStore } from '../database/DatabaseScorecardFactsStore';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { migrateDatabase } from '../database/migrateDatabase';
import { library, workflow } from './__testUtils__/readinessFixtures';
import { createCheckRegistry } from './checkRegistry';
import { DEFAULT_READINESS_CHECKS } from './checks';
import { DEFAULT_READINESS_LEVELS } from './defaultLevels';
import { ScorecardRunner } from './ScorecardRunner';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const PROMPTS = 'promptlibrary:default/support-prompts';

const group = (name: string, type: string, leads?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name,
    ...(leads
      ? { annotations: { 'ai-marketplace.io/guild-leads': leads } }
      : {}),
  },
  spec: { type, children: [] },
});
const user = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name },
  spec: {},
});

const entities: Entity[] = [
  user('maria.lopez'),
  user('sam.chen'),
  group('customer-support', 'team'),
  group('ai-platform', 'team'),
  group('support-automation-guild', 'guild', 'sam.chen'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'gpt-4o-mini',
      annotations: { 'ai-marketplace.io/model-approval': 'approved' },
    },
    spec: { type: 'ai-model', owner: 'group:default/ai-platform' },
  },
  workflow(),
  // Reviewed 2026-08-01: overdue (P90D) by 2026-11-20.
  library({ reviewedAt: '2026-08-01' }),
];

describe.each(ids)('ScorecardRunner on %s', databaseId => {
  let knex: Knex;
  let runner: ScorecardRunner;
  let scorecards: DatabaseScorecardStore;
  let exemptions: DatabaseScorecardExemptionStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    scorecards = new DatabaseScorecardStore(knex);
    exemptions = new DatabaseScorecardExemptionStore(knex);
    runner = new ScorecardRunner({
      registry: createCheckRegistry(
        DEFAULT_READINESS_CHECKS,
        DEFAULT_READINESS_LEVELS,
      ),
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      scorecards,
      facts: new DatabaseScorecardFactsStore(knex),
      exemptions,
      config: {
        levels: DEFAULT_READINESS_LEVELS,
        staleWeight: -0.5,
        cadenceDays: { evaluation: 30, review: 90, reuse: 90 },
        approvedModels: [],
        historyDays: 400,
        schedule: { frequency: { hours: 6 }, timeout: { minutes: 30 } },
      },
      coordinationGroups: ['group:default/ai-platform'],
    });
  });

  it('scores the catalog day after day, so that the history shows progress', async () => {
    expect(
      await runner.runAll({ now: new Date('2026-11-20T06:00:00Z') }),
    ).toEqual({ day: '2026-11-20', assets: 2 });
    const day1 = await scorecards.forEntity(TRIAGE);
    expect(day1?.level).toBe('bronze');
    expect(day1?.results.find(r => r.checkId === 'evaluation-gate')).toEqual({
      checkId: 'evaluation-gate',
      status: 'fail',
      reason: 'No evaluation result recorded',
      fix: 'Post the evaluation results from CI (POST /api/ai-marketplace/evaluation-results)',
    });

    // CI posts a passing evaluation; another team adopts the workflow.
    await knex('evaluation_results').insert({
      id: 'ci-1',
      entity_ref: TRIAGE,
      workflow_version: '1.1.0',
      dataset: 'datasets/triage.jsonl',
      pass_rate: 0.93,
      evaluated_at: new Date('2026-11-20T20:00:00Z'),
      reported_by: 'plugin:ci',
    });
    await knex('reuse_daily').insert({
      day: '2026-11-20',
      entity_ref: TRIAGE,
      prompt_id: '',
      event_type: 'adopted',
      team_ref: 'group:default/sales',
      event_count: 1,
    });
    await runner.runAll({ now: new Date('2026-11-21T06:00:00Z') });

    expect(
      (await scorecards.entityHistory(TRIAGE, '2026-11-01', '2026-11-30')).map(
        d => [d.day, d.level, d.counts.fail],
      ),
    ).toEqual([
      ['2026-11-20', 'bronze', 2],
      ['2026-11-21', 'gold', 0],
    ]);
    // The library's review is overdue (stale): a gold check, so it stops at silver.
    const prompts = await scorecards.forEntity(PROMPTS);
    expect(prompts?.level).toBe('silver');
    expect(
      prompts?.results.find(r => r.checkId === 'review-within-cadence')?.status,
    ).toBe('stale');
  });

  it('applies exemptions in force, and recomputes one asset on demand', async () => {
    const now = new Date('2026-11-21T06:00:00Z');
    await exemptions.create({
      id: 'ex-1',
      entityRef: PROMPTS,
      checkId: 'review-within-cadence',
      justification: 'Review booked for the 28th',
      expiresOn: '2026-11-30',
      createdBy: 'user:default/sam.chen',
      createdAt: now,
    });
    await exemptions.create({
      id: 'ex-2',
      entityRef: PROMPTS,
      checkId: 'reused-by-another-team',
      justification: 'Expired already',
      expiresOn: '2026-11-20',
      createdBy: 'user:default/sam.chen',
      createdAt: now,
    });
    const scored = await runner.recompute(
      library({ reviewedAt: '2026-08-01' }),
      now,
    );
    const status = (id: string) =>
      scored.results.find(r => r.checkId === id)?.status;
    expect(status('review-within-cadence')).toBe('exempt');
    expect(status('reused-by-another-team')).toBe('fail');
    expect((await scorecards.forEntity(PROMPTS, '2026-11-21'))?.score).toBe(
      scored.score,
    );
    expect(await scorecards.forEntity(TRIAGE)).toBeUndefined();
  });
});
