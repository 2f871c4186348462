import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseExperimentStore } from './DatabaseExperimentStore';
import { ExperimentFinish, ExperimentStart } from './ExperimentStore';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const PROMPTS = 'promptlibrary:default/support-prompts';
const SUPPORT = 'group:default/customer-support';
const SAM = 'user:default/sam.chen';
const NOW = new Date('2026-11-21T12:00:00Z');

function start(
  overrides: Partial<ExperimentStart> & { id: string },
): ExperimentStart {
  return {
    entityRef: TRIAGE,
    teamRef: SUPPORT,
    startedBy: SAM,
    startedAt: new Date('2026-11-02T10:00:00Z'),
    ...overrides,
  };
}

function finish(
  overrides: Partial<ExperimentFinish> & { id: string },
): ExperimentFinish {
  return {
    outcome: 'adopted',
    finishedBy: SAM,
    finishedAt: new Date('2026-11-10T10:00:00Z'),
    selfServe: true,
    ...overrides,
  };
}

describe.each(ids)('DatabaseExperimentStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseExperimentStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseExperimentStore(knex);
  });

  it('starts an experiment and reads it back', async () => {
    await expect(store.start(start({ id: 'x1' }), NOW)).resolves.toEqual({
      recorded: true,
      experiment: {
        id: 'x1',
        entityRef: TRIAGE,
        teamRef: SUPPORT,
        startedBy: SAM,
        startedAt: new Date('2026-11-02T10:00:00Z'),
        selfServe: undefined,
        finishedAt: undefined,
        finishedBy: undefined,
        outcome: undefined,
        learningsUrl: undefined,
        recordedAt: NOW,
      },
    });
    await expect(store.get('x1')).resolves.toMatchObject({ id: 'x1' });
    await expect(store.get('nope')).resolves.toBeUndefined();
  });

  it('starts at the given now when no start time is given', async () => {
    const { experiment } = await store.start(
      start({ id: 'x1', startedAt: undefined, selfServe: false }),
      NOW,
    );
    expect(experiment.startedAt).toEqual(NOW);
    expect(experiment.selfServe).toBe(false);
  });

  it('replays a start, comparing only the fields the replay gives', async () => {
    await store.start(start({ id: 'x1', selfServe: true }), NOW);
    const later = new Date('2026-11-22T00:00:00Z');
    await expect(
      store.start(start({ id: 'x1', selfServe: true }), later),
    ).resolves.toMatchObject({ recorded: false });
    await expect(
      store.start(
        start({ id: 'x1', startedAt: undefined, selfServe: undefined }),
        later,
      ),
    ).resolves.toMatchObject({
      recorded: false,
      experiment: { startedAt: new Date('2026-11-02T10:00:00Z') },
    });
    expect(Number((await knex('experiments').count({ n: '*' }))[0].n)).toBe(1);
  });

  it.each<[string, Partial<ExperimentStart>]>([
    ['another asset', { entityRef: PROMPTS }],
    ['another team', { teamRef: 'group:default/sales' }],
    ['another user', { startedBy: 'user:default/maria.lopez' }],
    ['another start time', { startedAt: new Date('2026-11-03T10:00:00Z') }],
    ['another selfServe', { selfServe: false }],
  ])('refuses a start replay with %s', async (_what, overrides) => {
    await store.start(start({ id: 'x1', selfServe: true }), NOW);
    await expect(
      store.start(start({ id: 'x1', ...overrides }), NOW),
    ).rejects.toThrow(
      'Experiment id "x1" was already recorded with different content',
    );
  });

  it('finishes a running experiment once, and replays the same finish', async () => {
    await store.start(start({ id: 'x1' }), NOW);
    const done = finish({
      id: 'x1',
      learningsUrl: 'https://wiki.example.com/x1',
    });
    await expect(store.finish(done, NOW)).resolves.toEqual({
      recorded: true,
      experiment: expect.objectContaining({
        outcome: 'adopted',
        finishedBy: SAM,
        finishedAt: new Date('2026-11-10T10:00:00Z'),
        selfServe: true,
        learningsUrl: 'https://wiki.example.com/x1',
      }),
    });
    await expect(store.finish(done, NOW)).resolves.toMatchObject({
      recorded: false,
    });
    // A replay without a finish time matches whatever time was stored.
    await expect(
      store.finish({ ...done, finishedAt: undefined }, NOW),
    ).resolves.toMatchObject({ recorded: false });
  });

  it('finishes at the given now when no finish time is given', async () => {
    await store.start(start({ id: 'x1' }), NOW);
    const { experiment } = await store.finish(
      finish({ id: 'x1', finishedAt: undefined }),
      NOW,
    );
    expect(experiment.finishedAt).toEqual(NOW);
  });

  it.each<[string, Partial<ExperimentFinish>]>([
    ['another outcome', { outcome: 'abandoned' }],
    ['another user', { finishedBy: 'user:default/maria.lopez' }],
    ['another finish time', { finishedAt: new Date('2026-11-11T10:00:00Z') }],
    ['another selfServe', { selfServe: false }],
    ['learnings added', { learningsUrl: 'https://wiki.example.com/x1' }],
  ])(
    'refuses to finish again with %s, keeping the first finish',
    async (_what, overrides) => {
      await store.start(start({ id: 'x1' }), NOW);
      await store.finish(finish({ id: 'x1' }), NOW);
      await expect(
        store.finish(finish({ id: 'x1', ...overrides }), NOW),
      ).rejects.toThrow(
        'Experiment "x1" was already finished with different content',
      );
      await expect(store.get('x1')).resolves.toMatchObject({
        outcome: 'adopted',
        finishedBy: SAM,
        selfServe: true,
        learningsUrl: undefined,
      });
    },
  );

  it('refuses to finish an unknown experiment', async () => {
    await expect(store.finish(finish({ id: 'nope' }), NOW)).rejects.toThrow(
      'No experiment "nope"',
    );
  });

  it('lists by window, asset, team and status, the latest start first', async () => {
    await store.start(
      start({ id: 'before', startedAt: new Date('2026-10-31T23:59:59Z') }),
      NOW,
    );
    await store.start(
      start({ id: 'first', startedAt: new Date('2026-11-01T00:00:00Z') }),
      NOW,
    );
    await store.start(
      start({
        id: 'library',
        entityRef: PROMPTS,
        startedAt: new Date('2026-11-05T00:00:00Z'),
      }),
      NOW,
    );
    await store.start(
      start({
        id: 'sales',
        teamRef: 'group:default/sales',
        startedAt: new Date('2026-11-10T00:00:00Z'),
      }),
      NOW,
    );
    await store.start(
      start({ id: 'last', startedAt: new Date('2026-11-30T23:59:59Z') }),
      NOW,
    );
    await store.start(
      start({ id: 'after', startedAt: new Date('2026-12-01T00:00:00Z') }),
      NOW,
    );
    await store.finish(finish({ id: 'library' }), NOW);

    const list = async (filter: object) =>
      (
        await store.list({
          startedFrom: new Date('2026-11-01T00:00:00Z'),
          startedBefore: new Date('2026-12-01T00:00:00Z'),
          limit: 500,
          ...filter,
        })
      ).map(e => e.id);

    expect(await list({})).toEqual(['last', 'sales', 'library', 'first']);
    expect(await list({ entityRef: TRIAGE })).toEqual([
      'last',
      'sales',
      'first',
    ]);
    expect(await list({ teamRef: 'group:default/sales' })).toEqual(['sales']);
    expect(await list({ status: 'finished' })).toEqual(['library']);
    expect(await list({ status: 'running', teamRef: SUPPORT })).toEqual([
      'last',
      'first',
    ]);
    expect(await list({ limit: 2 })).toEqual(['last', 'sales']);
  });
});
