import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { migrateDatabase } from '../database/migrateDatabase';
import { exampleCatalog } from './__fixtures__/exampleCatalog';
import { DemoHistory } from './DemoHistory';
import { generateDemoHistory } from './generateDemoHistory';
import {
  hasRecordedHistory,
  HISTORY_TABLES,
  writeDemoHistory,
} from './writeDemoHistory';

jest.setTimeout(120_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const NOW = new Date('2026-11-21T14:00:00Z');
const TRIAGE = 'aiworkflow:default/sales-inbox-triage';

const history: DemoHistory = generateDemoHistory({
  entities: exampleCatalog(),
  now: NOW,
  days: 180,
});

const time = (value: Date | string | number) => new Date(value).getTime();

async function count(knex: Knex, table: string): Promise<number> {
  return Number((await knex(table).count({ n: '*' }))[0].n);
}

/** One valid row per history table, to show the guard sees each of them. */
const ONE_ROW: Record<
  (typeof HISTORY_TABLES)[number],
  Record<string, unknown>
> = {
  reuse_events: {
    id: 'real-1',
    entity_ref: TRIAGE,
    event_type: 'viewed',
    user_ref: 'user:default/daniel.kim',
    team_ref: 'group:default/sales',
    occurred_at: NOW,
  },
  experiments: {
    id: 'real-1',
    entity_ref: TRIAGE,
    team_ref: 'group:default/sales',
    started_by: 'user:default/daniel.kim',
    started_at: NOW,
  },
  evaluation_results: {
    id: 'real-1',
    entity_ref: TRIAGE,
    workflow_version: '1.0.0',
    dataset: 'datasets/sales_inbox_300.jsonl',
    pass_rate: 0.95,
    evaluated_at: NOW,
    reported_by: 'service:ci-evaluations',
  },
  ai_incidents: {
    id: 'real-1',
    entity_ref: TRIAGE,
    severity: 'sev3',
    summary: 'A real incident',
    occurred_at: NOW,
    reported_by: 'user:default/daniel.kim',
  },
  curation_decisions: {
    id: 'real-1',
    entity_ref: TRIAGE,
    decision: 'featured',
    decided_by: 'user:default/sam.chen',
    decided_at: NOW,
  },
};

describe.each(ids)('writeDemoHistory on %s', databaseId => {
  let knex: Knex;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
  });

  it('stores every row, and the daily roll-ups count every generated event', async () => {
    await expect(writeDemoHistory(knex, history, NOW)).resolves.toEqual({
      catalog_assets: history.assets.length,
      reuse_events: history.reuseEvents.length,
      experiments: history.experiments.length,
      evaluation_results: history.evaluationResults.length,
      ai_incidents: history.incidents.length,
      curation_decisions: history.curationDecisions.length,
    });

    expect(await count(knex, 'reuse_events')).toBe(history.reuseEvents.length);
    expect(await count(knex, 'experiments')).toBe(history.experiments.length);
    expect(await count(knex, 'evaluation_results')).toBe(
      history.evaluationResults.length,
    );
    expect(await count(knex, 'ai_incidents')).toBe(history.incidents.length);
    expect(await count(knex, 'curation_decisions')).toBe(
      history.curationDecisions.length,
    );

    const daily: Array<{ event_type: string; n: string | number }> = await knex(
      'reuse_daily',
    )
      .select('event_type')
      .sum({ n: 'event_count' })
      .groupBy('event_type');
    const generated: Record<string, number> = {};
    for (const event of history.reuseEvents) {
      generated[event.type] = (generated[event.type] ?? 0) + 1;
    }
    expect(
      Object.fromEntries(daily.map(row => [row.event_type, Number(row.n)])),
    ).toEqual(generated);
    const promptRows = await knex('reuse_daily')
      .whereNot('prompt_id', '')
      .sum({ n: 'event_count' });
    expect(Number(promptRows[0].n)).toBe(
      history.reuseEvents.filter(e => e.promptId).length,
    );

    const results = await knex('evaluation_results').select(
      'pass_rate',
      'threshold',
      'passed',
    );
    expect(
      results.filter(row =>
        row.threshold === null
          ? row.passed !== null
          : Boolean(row.passed) !==
            Number(row.pass_rate) >= Number(row.threshold),
      ),
    ).toEqual([]);

    const assets = await knex('catalog_assets').select();
    expect(assets).toHaveLength(history.assets.length);
    for (const asset of history.assets) {
      const row = assets.find(a => a.entity_ref === asset.entityRef);
      expect(time(row.first_seen_at)).toBe(asset.firstSeenAt.getTime());
      expect(time(row.last_seen_at)).toBe(NOW.getTime());
      expect(row).toMatchObject({
        kind: asset.kind,
        owner_ref: asset.ownerRef,
        guild_ref: asset.guildRef,
        derived_from_ref: asset.derivedFromRef,
        removed_at: null,
      });
    }
  });

  it('back-dates assets the catalog snapshot already stored, and leaves the rest of their rows alone', async () => {
    const snapshot = (entityRef: string, firstSeenAt: Date) => ({
      entity_ref: entityRef,
      kind: 'aiworkflow',
      title: 'From the snapshot',
      owner_ref: 'group:default/sales',
      first_seen_at: firstSeenAt,
      last_seen_at: NOW,
    });
    const longAgo = new Date('2025-01-01T00:00:00Z');
    const other = 'aiworkflow:default/account-research-brief';
    await knex('catalog_assets').insert([
      snapshot(TRIAGE, NOW),
      snapshot(other, longAgo),
    ]);

    await writeDemoHistory(knex, history, NOW);

    const registered = (ref: string) =>
      history.assets.find(a => a.entityRef === ref)!.firstSeenAt.getTime();
    const triage = await knex('catalog_assets')
      .where('entity_ref', TRIAGE)
      .first();
    expect(time(triage.first_seen_at)).toBe(registered(TRIAGE));
    expect(triage.title).toBe('From the snapshot');
    const earlier = await knex('catalog_assets')
      .where('entity_ref', other)
      .first();
    expect(time(earlier.first_seen_at)).toBe(longAgo.getTime());
    expect(await count(knex, 'catalog_assets')).toBe(history.assets.length);
  });

  it('writes all or nothing: a failure half-way leaves no history behind', async () => {
    // The same event id twice with other content: the reuse-event store,
    // which runs last, refuses the batch after everything else was written.
    const first = history.reuseEvents[0];
    const broken: DemoHistory = {
      ...history,
      reuseEvents: [
        ...history.reuseEvents,
        { ...first, teamRef: 'group:default/somebody-else' },
      ],
    };
    await expect(writeDemoHistory(knex, broken, NOW)).rejects.toThrow(
      /used twice in the batch/,
    );
    expect(await hasRecordedHistory(knex)).toBe(false);
    for (const table of [...HISTORY_TABLES, 'reuse_daily']) {
      expect(await count(knex, table)).toBe(0);
    }
    // The next start writes it.
    await writeDemoHistory(knex, history, NOW);
    expect(await count(knex, 'experiments')).toBe(history.experiments.length);
  });

  it('sees history in any of the history tables, but not in the catalog snapshot', async () => {
    expect(await hasRecordedHistory(knex)).toBe(false);
    await knex('catalog_assets').insert({
      entity_ref: TRIAGE,
      kind: 'aiworkflow',
      title: 'Sales inbox triage',
      owner_ref: 'group:default/sales',
      first_seen_at: NOW,
      last_seen_at: NOW,
    });
    expect(await hasRecordedHistory(knex)).toBe(false);

    for (const table of HISTORY_TABLES) {
      await knex(table).insert(ONE_ROW[table]);
      expect([table, await hasRecordedHistory(knex)]).toEqual([table, true]);
      await knex(table).delete();
    }
    expect(await hasRecordedHistory(knex)).toBe(false);
  });
});
