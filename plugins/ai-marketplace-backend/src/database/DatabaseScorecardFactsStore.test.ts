import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseScorecardFactsStore } from './DatabaseScorecardFactsStore';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const REFUND = 'aiworkflow:default/refund-auto-approval';
const PROMPTS = 'promptlibrary:default/support-prompts';
const at = (iso: string) => new Date(iso);

/** Rows as the other domains' stores write them. */
async function seed(knex: Knex) {
  const evaluation = (
    id: string,
    entityRef: string,
    passRate: number,
    when: string,
  ) => ({
    id,
    entity_ref: entityRef,
    workflow_version: '1.0.0',
    dataset: 'd.jsonl',
    pass_rate: passRate,
    evaluated_at: at(when),
    reported_by: 'plugin:ci',
  });
  await knex('evaluation_results').insert([
    evaluation('e1', TRIAGE, 0.8, '2026-11-01T00:00:00Z'),
    evaluation('e2', TRIAGE, 0.95, '2026-11-20T00:00:00Z'),
    evaluation('e3', TRIAGE, 0.5, '2026-10-01T00:00:00Z'),
    evaluation('e4', REFUND, 0.99, '2026-11-10T00:00:00Z'),
  ]);
  const incident = (id: string, entityRef: string, when: string) => ({
    id,
    entity_ref: entityRef,
    severity: 'sev3',
    summary: 'Wrong reply',
    occurred_at: at(when),
    reported_by: 'user:default/sam.chen',
  });
  await knex('ai_incidents').insert([
    incident('i1', TRIAGE, '2026-11-15T00:00:00Z'),
    incident('i2', TRIAGE, '2026-06-01T00:00:00Z'),
    incident('i3', REFUND, '2026-11-18T00:00:00Z'),
  ]);
  const decision = (
    id: string,
    promptId: string,
    what: string,
    when: string,
  ) => ({
    id,
    entity_ref: PROMPTS,
    prompt_id: promptId,
    decision: what,
    note: what === 'reviewed' ? 'checked' : null,
    decided_by: 'user:default/sam.chen',
    decided_at: at(when),
  });
  await knex('curation_decisions').insert([
    decision('c1', '', 'reviewed', '2026-09-01T00:00:00Z'),
    decision('c2', '', 'reviewed', '2026-11-01T00:00:00Z'),
    decision('c3', 'first-response', 'reviewed', '2026-11-20T00:00:00Z'),
    decision('c4', 'first-response', 'featured', '2026-10-01T00:00:00Z'),
    decision('c5', 'first-response', 'deprecated', '2026-10-05T00:00:00Z'),
    decision('c6', 'refund-reply', 'featured', '2026-10-01T00:00:00Z'),
    decision('c7', 'refund-reply', 'unfeatured', '2026-10-02T00:00:00Z'),
    decision('c8', 'refund-reply', 'deprecated', '2026-10-03T00:00:00Z'),
  ]);
  const daily = (
    day: string,
    entityRef: string,
    type: string,
    team: string,
  ) => ({
    day,
    entity_ref: entityRef,
    prompt_id: '',
    event_type: type,
    team_ref: team,
    event_count: 2,
  });
  await knex('reuse_daily').insert([
    daily('2026-11-01', TRIAGE, 'adopted', 'group:default/sales'),
    daily('2026-11-10', TRIAGE, 'invoked', 'group:default/sales'),
    daily('2026-11-19', TRIAGE, 'viewed', 'group:default/finance'),
    daily('2026-06-01', TRIAGE, 'copied', 'group:default/finance'),
    daily('2026-11-20', PROMPTS, 'copied', 'group:default/operations'),
  ]);
}

describe.each(ids)('DatabaseScorecardFactsStore on %s', databaseId => {
  let knex: Knex;
  let store: DatabaseScorecardFactsStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    await seed(knex);
    store = new DatabaseScorecardFactsStore(knex);
  });

  it('gathers every asset’s records in one pass', async () => {
    const records = await store.recordsFor({
      incidentsSince: at('2026-10-01T00:00:00Z'),
    });
    expect([...records.keys()].sort()).toEqual([REFUND, TRIAGE, PROMPTS]);

    const triage = records.get(TRIAGE)!;
    expect(triage.latestEvaluation).toEqual({
      passRate: 0.95,
      evaluatedAt: at('2026-11-20T00:00:00Z'),
    });
    expect(triage.incidentTimes).toEqual([at('2026-11-15T00:00:00Z')]);
    // A view is not reuse; the latest day of each team's use.
    expect(triage.lastUseByTeam).toEqual(
      new Map([
        ['group:default/sales', '2026-11-10'],
        ['group:default/finance', '2026-06-01'],
      ]),
    );
    expect(triage.curation).toEqual([]);

    const prompts = records.get(PROMPTS)!;
    // The library's own latest review, not a prompt's.
    expect(prompts.lastReviewedAt).toEqual(at('2026-11-01T00:00:00Z'));
    expect(
      [...prompts.curation].sort((a, b) =>
        a.promptId.localeCompare(b.promptId),
      ),
    ).toEqual([
      { promptId: 'first-response', featured: true, deprecated: true },
      { promptId: 'refund-reply', featured: false, deprecated: true },
    ]);
  });

  it('narrows to the given assets', async () => {
    const records = await store.recordsFor({
      entityRefs: [REFUND],
      incidentsSince: at('2026-01-01T00:00:00Z'),
    });
    expect([...records.keys()]).toEqual([REFUND]);
    expect(records.get(REFUND)).toEqual({
      latestEvaluation: {
        passRate: 0.99,
        evaluatedAt: at('2026-11-10T00:00:00Z'),
      },
      incidentTimes: [at('2026-11-18T00:00:00Z')],
      curation: [],
      lastUseByTeam: new Map(),
    });
  });
});
