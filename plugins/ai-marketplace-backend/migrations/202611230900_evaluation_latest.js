// @ts-check

/**
 * Reads for the eval-gate and error-budget KPIs.
 *
 * The latest evaluation of each workflow, kept beside `evaluation_results`
 * so that the eval-gate KPI reads one row per workflow by key instead of
 * looking up every workflow's newest result (and then that result) in the
 * whole history.
 *
 * A trigger keeps it on every insert, whoever inserts (the API, the demo
 * history, bulk loads): a result newer than the one kept — later
 * `evaluated_at`, or the same instant and a greater id, the order the KPI
 * reads in — replaces it. `evaluation_results` is append-only: nothing
 * updates or deletes its rows.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  // The error-budget KPI reads the incidents of a period, then their
  // workflows: a time index (the existing one leads with the workflow).
  await knex.schema.alterTable('ai_incidents', table => {
    table.index(['occurred_at'], 'incidents_time_idx');
  });
  await knex.schema.createTable('evaluation_latest', table => {
    table.comment(
      'The newest row of evaluation_results per workflow (by evaluated_at, then id), kept by a trigger',
    );
    table
      .string('entity_ref', 255)
      .primary()
      .comment('The AIWorkflow evaluated');
    table
      .string('result_id', 64)
      .notNullable()
      .comment('evaluation_results.id of the newest result');
    table
      .timestamp('evaluated_at', { useTz: true })
      .notNullable()
      .comment('When that evaluation ran');
    table
      .double('pass_rate')
      .notNullable()
      .comment('Its share of dataset cases that passed, 0..1');
    table
      .double('threshold')
      .nullable()
      .comment(
        'The spec.evaluation.passRate of the workflow when it was recorded',
      );
    table
      .string('workflow_version', 64)
      .notNullable()
      .comment('The version it evaluated');
    table.string('dataset', 512).notNullable().comment('Its dataset');
    // Finds the few kept results newer than a window that ended earlier.
    table.index(['evaluated_at'], 'evaluation_latest_time_idx');
  });

  // In a row trigger, on the row just inserted (`new`).
  const upsert = `
    insert into evaluation_latest
      (entity_ref, result_id, evaluated_at, pass_rate, threshold, workflow_version, dataset)
    values
      (new.entity_ref, new.id, new.evaluated_at, new.pass_rate, new.threshold, new.workflow_version, new.dataset)
    on conflict (entity_ref) do update set
      result_id = excluded.result_id,
      evaluated_at = excluded.evaluated_at,
      pass_rate = excluded.pass_rate,
      threshold = excluded.threshold,
      workflow_version = excluded.workflow_version,
      dataset = excluded.dataset
    where excluded.evaluated_at > evaluation_latest.evaluated_at
      or (excluded.evaluated_at = evaluation_latest.evaluated_at
          and excluded.result_id > evaluation_latest.result_id)`;

  if (knex.client.dialect === 'postgresql') {
    await knex.raw(`
      create function evaluation_latest_keep() returns trigger
      language plpgsql as $$
      begin
        ${upsert};
        return null;
      end $$`);
    await knex.raw(`
      create trigger evaluation_latest_on_insert
      after insert on evaluation_results
      for each row execute function evaluation_latest_keep()`);
  } else {
    await knex.raw(`
      create trigger evaluation_latest_on_insert
      after insert on evaluation_results
      begin
        ${upsert};
      end`);
  }

  // The results recorded so far: each workflow's newest.
  await knex.raw(`
    insert into evaluation_latest
      (entity_ref, result_id, evaluated_at, pass_rate, threshold, workflow_version, dataset)
    select r.entity_ref, r.id, r.evaluated_at, r.pass_rate, r.threshold, r.workflow_version, r.dataset
    from evaluation_results r
    where not exists (
      select 1 from evaluation_results n
      where n.entity_ref = r.entity_ref
        and (n.evaluated_at > r.evaluated_at
          or (n.evaluated_at = r.evaluated_at and n.id > r.id))
    )`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.dialect === 'postgresql') {
    await knex.raw(
      'drop trigger evaluation_latest_on_insert on evaluation_results',
    );
    await knex.raw('drop function evaluation_latest_keep()');
  } else {
    await knex.raw('drop trigger evaluation_latest_on_insert');
  }
  await knex.schema.dropTable('evaluation_latest');
  await knex.schema.alterTable('ai_incidents', table => {
    table.dropIndex(['occurred_at'], 'incidents_time_idx');
  });
};
