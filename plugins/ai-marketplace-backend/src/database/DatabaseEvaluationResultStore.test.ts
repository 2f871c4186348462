import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseEvaluationResultStore } from './DatabaseEvaluationResultStore';
import { NewEvaluationResult } from './EvaluationResultStore';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const INBOX = 'aiworkflow:default/sales-inbox-triage';
const NOW = new Date('2026-11-21T12:00:00Z');

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
    const at = (iso: string) => new Date(iso);
    await store.record(
      result({ id: 'before', evaluatedAt: at('2026-10-31T23:59:59Z') }),
      NOW,
    );
    await store.record(
      result({ id: 'first', evaluatedAt: at('2026-11-01T00:00:00Z') }),
      NOW,
    );
    await store.record(
      result({ id: 'last', evaluatedAt: at('2026-11-30T23:59:59Z') }),
      NOW,
    );
    await store.record(
      result({
        id: 'other',
        entityRef: INBOX,
        evaluatedAt: at('2026-11-15T00:00:00Z'),
      }),
      NOW,
    );
    await store.record(
      result({ id: 'after', evaluatedAt: at('2026-12-01T00:00:00Z') }),
      NOW,
    );
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
});
