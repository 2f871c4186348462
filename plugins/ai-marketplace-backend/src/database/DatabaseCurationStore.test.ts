import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { StoredCurationDecision } from './CurationStore';
import { DatabaseCurationStore } from './DatabaseCurationStore';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const PROMPTS = 'promptlibrary:default/support-prompts';
const SAM = 'user:default/sam.chen';

function decision(
  overrides: Partial<StoredCurationDecision> & { id: string },
): StoredCurationDecision {
  return {
    entityRef: PROMPTS,
    decision: 'featured',
    decidedBy: SAM,
    decidedAt: new Date('2026-11-02T10:00:00Z'),
    ...overrides,
  };
}

const at = (minute: number) =>
  new Date(Date.UTC(2026, 10, 2, 10, minute, 0, 0));

describe.each(ids)('DatabaseCurationStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseCurationStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    store = new DatabaseCurationStore(knex);
  });

  it('records a decision and reads it back with its prompt and note', async () => {
    const reviewed = decision({
      id: 'c1',
      promptId: 'first-response',
      decision: 'reviewed',
      note: 'Checked tone and the missing-information question',
    });
    await expect(store.record(reviewed)).resolves.toEqual({
      status: 'recorded',
      decision: reviewed,
    });
    expect(await store.history(PROMPTS, 100)).toEqual([reviewed]);
  });

  it('replays the same id without storing it twice, returning the first decision', async () => {
    const first = decision({ id: 'c1', note: 'Most copied this quarter' });
    await store.record(first);
    // A retry a minute later: the server time differs, the content does not.
    await expect(store.record({ ...first, decidedAt: at(1) })).resolves.toEqual(
      { status: 'replayed', decision: first },
    );
    expect(await store.history(PROMPTS, 100)).toHaveLength(1);
  });

  it.each<[string, Partial<StoredCurationDecision>]>([
    ['decision', { decision: 'deprecated' }],
    ['prompt', { promptId: 'first-response' }],
    ['note', { note: 'another reason' }],
    ['decider', { decidedBy: 'user:default/daniel.kim' }],
    ['asset', { entityRef: 'aiworkflow:default/support-ticket-triage' }],
  ])('refuses an id reused with another %s', async (_what, change) => {
    await store.record(decision({ id: 'c1' }));
    await expect(
      store.record(decision({ id: 'c1', ...change })),
    ).rejects.toThrow(
      'Curation decision id "c1" was already recorded with different content',
    );
  });

  it('keeps the latest decision of each aspect, per prompt and for the asset', async () => {
    await store.record(decision({ id: 'a1', decidedAt: at(0) }));
    await store.record(
      decision({ id: 'a2', decision: 'unfeatured', decidedAt: at(5) }),
    );
    await store.record(
      decision({ id: 'a3', decision: 'deprecated', decidedAt: at(1) }),
    );
    await store.record(
      decision({
        id: 'a4',
        decision: 'reviewed',
        note: 'old',
        decidedAt: at(2),
      }),
    );
    await store.record(
      decision({
        id: 'a5',
        decision: 'reviewed',
        note: 'new',
        decidedAt: at(3),
      }),
    );
    await store.record(
      decision({ id: 'p1', promptId: 'first-response', decidedAt: at(4) }),
    );
    // Another asset's decisions are not this asset's state.
    await store.record(
      decision({
        id: 'x1',
        entityRef: 'promptlibrary:default/sales-prompts',
        decision: 'deprecated',
        decidedAt: at(9),
      }),
    );

    const latest = await store.latestPerAspect(PROMPTS);
    expect(latest.map(d => d.id).sort()).toEqual(['a2', 'a3', 'a5', 'p1']);
    expect(latest.find(d => d.id === 'a5')).toEqual(
      decision({
        id: 'a5',
        decision: 'reviewed',
        note: 'new',
        decidedAt: at(3),
      }),
    );
  });

  it('breaks a tie in time by the larger id', async () => {
    await store.record(decision({ id: 'b', decidedAt: at(0) }));
    await store.record(
      decision({ id: 'a', decision: 'unfeatured', decidedAt: at(0) }),
    );
    const latest = await store.latestPerAspect(PROMPTS);
    expect(latest.map(d => d.id)).toEqual(['b']);
  });

  it('lists the history newest first, up to the limit', async () => {
    for (let i = 0; i < 5; i++) {
      await store.record(
        decision({
          id: `h${i}`,
          decision: i % 2 ? 'unfeatured' : 'featured',
          decidedAt: at(i),
        }),
      );
    }
    const history = await store.history(PROMPTS, 3);
    expect(history.map(d => d.id)).toEqual(['h4', 'h3', 'h2']);
    expect(await store.history('aiworkflow:default/nothing', 3)).toEqual([]);
  });
  it('gives every asset its current flags from its latest asset-level decisions', async () => {
    const TRIAGE = 'aiworkflow:default/ticket-triage';
    const OLD = 'aiworkflow:default/legacy-router';
    await store.record(decision({ id: 'f1', decidedAt: at(1) }));
    // A featured prompt does not feature its library as a whole.
    await store.record(
      decision({ id: 'f2', promptId: 'first-response', decidedAt: at(2) }),
    );
    await store.record(
      decision({ id: 'u1', decision: 'unfeatured', decidedAt: at(3) }),
    );
    await store.record(
      decision({ id: 'r1', decision: 'reviewed', decidedAt: at(4) }),
    );
    await store.record(
      decision({ id: 't1', entityRef: TRIAGE, decidedAt: at(1) }),
    );
    await store.record(
      decision({
        id: 't2',
        entityRef: TRIAGE,
        decision: 'deprecated',
        decidedAt: at(2),
      }),
    );
    await store.record(
      decision({
        id: 'o1',
        entityRef: OLD,
        decision: 'deprecated',
        decidedAt: at(1),
      }),
    );
    await store.record(
      decision({
        id: 'o2',
        entityRef: OLD,
        decision: 'undeprecated',
        decidedAt: at(5),
      }),
    );
    expect(await store.currentAssetFlags()).toEqual(
      new Map([
        [PROMPTS, { featured: false, deprecated: false }],
        [TRIAGE, { featured: true, deprecated: true }],
        [OLD, { featured: false, deprecated: false }],
      ]),
    );
  });
});
