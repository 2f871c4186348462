import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseEvaluationResultStore } from './DatabaseEvaluationResultStore';
import { NewEvaluationResult } from './EvaluationResultStore';
import { migrateDatabase, MIGRATIONS_DIRECTORY } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const INBOX = 'aiworkflow:default/sales-inbox-triage';
const NOW = new Date('2026-11-21T12:00:00Z');
const at = (iso: string) => new Date(iso);

function result(
  overrides: Partial<NewEvaluationResult> & { id: string },
): NewEvaluationResult {
  return {
    entityRef: TRIAGE,
    version: 'v1.4.0',
    dataset: 'datasets/support_triage_200.jsonl',
    passRate: 0.935,
    threshold: 0.92,
    passed: true,
    evaluatedAt: new Date('2026-11-20T08:00:00Z'),
    reportedBy: 'service:ci-evaluations',
    ...overrides,
  };
}

describe.each(ids)('DatabaseEvaluationResultStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseEvaluationResultStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseEvaluationResultStore(knex);
  });

  const recordResult = (overrides: Parameters<typeof result>[0]) =>
    store.record(result(overrides), NOW);

  it('records a result and hands it back as stored', async () => {
    await expect(store.record(result({ id: 'run-1' }), NOW)).resolves.toEqual({
      recorded: true,
      result: {
        id: 'run-1',
        entityRef: TRIAGE,
        version: 'v1.4.0',
        dataset: 'datasets/support_triage_200.jsonl',
        passRate: 0.935,
        threshold: 0.92,
        passed: true,
        evaluatedAt: new Date('2026-11-20T08:00:00Z'),
        reportedBy: 'service:ci-evaluations',
        recordedAt: NOW,
      },
    });
  });

  it('keeps a failed gate and a missing threshold apart', async () => {
    const failed = await store.record(
      result({ id: 'failed', passRate: 0.5, passed: false }),
      NOW,
    );
    expect(failed.result.passed).toBe(false);
    const ungated = await store.record(
      result({ id: 'ungated', threshold: undefined, passed: undefined }),
      NOW,
    );
    expect(ungated.result.threshold).toBeUndefined();
    expect(ungated.result.passed).toBeUndefined();
  });

  it('evaluates at now when the result does not say when', async () => {
    const { result: stored } = await store.record(
      result({ id: 'run-1', evaluatedAt: undefined }),
      NOW,
    );
    expect(stored.evaluatedAt).toEqual(NOW);
  });

  it('is idempotent: a replay records nothing and returns the stored result', async () => {
    await store.record(result({ id: 'run-1' }), NOW);
    const later = new Date('2026-11-21T13:00:00Z');
    // The catalog threshold moved since: not compared, the stored one is kept.
    const replay = await store.record(
      result({ id: 'run-1', threshold: 0.99, passed: false }),
      later,
    );
    expect(replay.recorded).toBe(false);
    expect(replay.result).toMatchObject({
      threshold: 0.92,
      passed: true,
      recordedAt: NOW,
    });
    // A replay that leaves out the time matches whatever time was stored.
    const untimed = await store.record(
      result({ id: 'run-1', evaluatedAt: undefined }),
      later,
    );
    expect(untimed.recorded).toBe(false);
    expect(
      Number((await knex('evaluation_results').count({ n: '*' }))[0].n),
    ).toBe(1);
  });

  it.each<[string, Partial<NewEvaluationResult>]>([
    ['pass rate', { passRate: 0.9 }],
    ['version', { version: 'v1.5.0' }],
    ['dataset', { dataset: 'datasets/other.jsonl' }],
    ['workflow', { entityRef: INBOX }],
    ['reporter', { reportedBy: 'user:default/sam.chen' }],
    ['time', { evaluatedAt: new Date('2026-11-20T09:00:00Z') }],
  ])('refuses an id reused with another %s', async (_what, changed) => {
    await store.record(result({ id: 'run-1' }), NOW);
    await expect(
      store.record(result({ id: 'run-1', ...changed }), NOW),
    ).rejects.toThrow(
      'Evaluation result id "run-1" was already recorded with different content',
    );
  });

  it('lists a window, latest evaluation first, filtered and limited', async () => {
    await recordResult({
      id: 'before',
      evaluatedAt: at('2026-10-31T23:59:59Z'),
    });
    await recordResult({
      id: 'first',
      evaluatedAt: at('2026-11-01T00:00:00Z'),
    });
    await recordResult({ id: 'last', evaluatedAt: at('2026-11-30T23:59:59Z') });
    await recordResult({
      id: 'other',
      entityRef: INBOX,
      evaluatedAt: at('2026-11-15T00:00:00Z'),
    });
    await recordResult({
      id: 'after',
      evaluatedAt: at('2026-12-01T00:00:00Z'),
    });
    const window = {
      evaluatedFrom: at('2026-11-01T00:00:00Z'),
      evaluatedBefore: at('2026-12-01T00:00:00Z'),
    };
    const listedIds = async (filter: object) =>
      (await store.list({ ...window, limit: 10, ...filter })).map(r => r.id);

    expect(await listedIds({})).toEqual(['last', 'other', 'first']);
    expect(await listedIds({ entityRef: TRIAGE })).toEqual(['last', 'first']);
    expect(await listedIds({ limit: 1 })).toEqual(['last']);
  });

  /** evaluation_latest as (workflow, result id) pairs. */
  const keptLatest = async () =>
    (
      await knex('evaluation_latest')
        .select('entity_ref', 'result_id', 'pass_rate')
        .orderBy('entity_ref')
    ).map(row => [row.entity_ref, row.result_id, Number(row.pass_rate)]);

  it('keeps the newest result of each workflow, whatever order they arrive in', async () => {
    await recordResult({
      id: 'run-b',
      evaluatedAt: at('2026-11-20T08:00:00Z'),
    });
    // Older, recorded later (a CI job that reported late): not the newest.
    await recordResult({
      id: 'run-a',
      evaluatedAt: at('2026-11-18T08:00:00Z'),
      passRate: 0.5,
    });
    await recordResult({ id: 'inbox-1', entityRef: INBOX, passRate: 0.7 });
    expect(await keptLatest()).toEqual([
      [INBOX, 'inbox-1', 0.7],
      [TRIAGE, 'run-b', 0.935],
    ]);

    // The same instant: the greater id, as the eval-gate KPI orders them.
    await recordResult({ id: 'run-c', passRate: 0.8 });
    await recordResult({ id: 'run-0', passRate: 0.1 });
    expect(await keptLatest()).toEqual([
      [INBOX, 'inbox-1', 0.7],
      [TRIAGE, 'run-c', 0.8],
    ]);

    // A replay changes nothing.
    await recordResult({ id: 'run-c', passRate: 0.8 });
    expect(await keptLatest()).toHaveLength(2);
  });

  it('fills evaluation_latest with what was recorded before it, and migrates down', async () => {
    await knex.migrate.down({
      directory: MIGRATIONS_DIRECTORY,
      name: '202611230900_evaluation_latest.js',
    });
    expect(await knex.schema.hasTable('evaluation_latest')).toBe(false);
    // Without the trigger (after down), recording still works.
    const recorded = (
      id: string,
      entityRef: string,
      day: string,
      passRate: number,
    ) =>
      recordResult({
        id,
        entityRef,
        passRate,
        evaluatedAt: at(`2026-11-${day}T08:00:00Z`),
      });
    await recorded('t-2', TRIAGE, '12', 0.95);
    await recorded('t-1', TRIAGE, '10', 0.5);
    await recorded('t-3', TRIAGE, '12', 0.92);
    await recorded('i-1', INBOX, '01', 0.7);

    await migrateDatabase(knex);
    expect(await keptLatest()).toEqual([
      [INBOX, 'i-1', 0.7],
      [TRIAGE, 't-3', 0.92],
    ]);
  });
});
