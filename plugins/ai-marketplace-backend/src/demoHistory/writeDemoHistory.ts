import { Knex } from 'knex';
import { DatabaseReuseEventStore } from '../database/DatabaseReuseEventStore';
import { DemoHistory } from './DemoHistory';

/** The tables that hold history; the demo writes only when all are empty. */
export const HISTORY_TABLES = [
  'reuse_events',
  'experiments',
  'evaluation_results',
  'ai_incidents',
  'curation_decisions',
] as const;

/** Rows per insert statement: SQLite allows 500 terms in a compound insert. */
const CHUNK = 200;

/** True when any history table has a row: then the demo must not write. */
export async function hasRecordedHistory(knex: Knex): Promise<boolean> {
  for (const table of HISTORY_TABLES) {
    if (await knex(table).first('id')) {
      return true;
    }
  }
  return false;
}

async function insertAll(
  tx: Knex.Transaction,
  table: string,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx(table).insert(rows.slice(i, i + CHUNK));
  }
}

/**
 * Stores a demo history: the assets into the catalog snapshot — an asset the
 * snapshot already holds only gets the earlier registration date — then
 * experiments, evaluation results, incidents and curation decisions, and
 * the reuse events last, through the reuse-event store so that the daily
 * roll-up is built as for real events; all in one transaction.
 */
export async function writeDemoHistory(
  knex: Knex,
  history: DemoHistory,
  now: Date,
): Promise<Record<string, number>> {
  // All or nothing: a start that dies half-way leaves the database empty,
  // so the next start writes the history again.
  return knex.transaction(tx => writeAll(tx, history, now));
}

async function writeAll(
  tx: Knex.Transaction,
  history: DemoHistory,
  now: Date,
): Promise<Record<string, number>> {
  await storeAssets(tx, history, now);

  await insertAll(
    tx,
    'experiments',
    history.experiments.map(e => ({
      id: e.id,
      entity_ref: e.entityRef,
      team_ref: e.teamRef,
      started_by: e.startedBy,
      started_at: e.startedAt,
      self_serve: e.selfServe,
      finished_at: e.finishedAt,
      finished_by: e.finishedBy,
      outcome: e.outcome,
      learnings_url: e.learningsUrl,
      recorded_at: e.startedAt,
    })),
  );
  await insertAll(
    tx,
    'evaluation_results',
    history.evaluationResults.map(e => ({
      id: e.id,
      entity_ref: e.entityRef,
      workflow_version: e.workflowVersion,
      dataset: e.dataset,
      pass_rate: e.passRate,
      threshold: e.threshold,
      passed: e.passed,
      evaluated_at: e.evaluatedAt,
      reported_by: e.reportedBy,
      recorded_at: e.evaluatedAt,
    })),
  );
  await insertAll(
    tx,
    'ai_incidents',
    history.incidents.map(i => ({
      id: i.id,
      entity_ref: i.entityRef,
      severity: i.severity,
      summary: i.summary,
      occurred_at: i.occurredAt,
      reported_by: i.reportedBy,
      team_ref: i.teamRef,
      recorded_at: i.occurredAt,
    })),
  );
  await insertAll(
    tx,
    'curation_decisions',
    history.curationDecisions.map(d => ({
      id: d.id,
      entity_ref: d.entityRef,
      prompt_id: d.promptId,
      decision: d.decision,
      note: d.note,
      decided_by: d.decidedBy,
      decided_at: d.decidedAt,
    })),
  );
  const { recorded } = await new DatabaseReuseEventStore(tx).record(
    history.reuseEvents,
  );

  return {
    catalog_assets: history.assets.length,
    reuse_events: recorded,
    experiments: history.experiments.length,
    evaluation_results: history.evaluationResults.length,
    ai_incidents: history.incidents.length,
    curation_decisions: history.curationDecisions.length,
  };
}

/**
 * The assets into the catalog snapshot, with the history's (earlier)
 * registration dates where the snapshot already has them.
 */
async function storeAssets(
  tx: Knex.Transaction,
  history: DemoHistory,
  now: Date,
): Promise<void> {
  const rows = history.assets.map(asset => ({
    entity_ref: asset.entityRef,
    kind: asset.kind,
    title: asset.title,
    owner_ref: asset.ownerRef,
    function: asset.function,
    guild_ref: asset.guildRef,
    lifecycle: asset.lifecycle,
    derived_from_ref: asset.derivedFromRef,
    evaluation_threshold: asset.evaluationThreshold,
    error_budget_incidents: asset.errorBudgetIncidents,
    error_budget_period: asset.errorBudgetPeriod,
    first_seen_at: asset.firstSeenAt,
    last_seen_at: now,
    removed_at: null,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx('catalog_assets')
      .insert(rows.slice(i, i + CHUNK))
      .onConflict('entity_ref')
      .merge({
        first_seen_at: tx.raw('CASE WHEN ?? < ?? THEN ?? ELSE ?? END', [
          'excluded.first_seen_at',
          'catalog_assets.first_seen_at',
          'excluded.first_seen_at',
          'catalog_assets.first_seen_at',
        ]),
      });
  }
}
