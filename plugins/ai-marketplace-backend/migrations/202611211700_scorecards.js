// @ts-check

/**
 * Readiness scorecards: each asset's result per day, compact (level, score,
 * status counts and each check's status), kept so that trends can be drawn;
 * the latest full result of each asset (with every check's reason and fix);
 * and the exemptions guild leads and admins grant from checks.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('scorecard_asset_days', table => {
    table.comment(
      'The readiness of one asset on one UTC day: level, score, statuses, and what it is grouped by',
    );
    table.string('day', 10).notNullable().comment('UTC day, YYYY-MM-DD');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The AIWorkflow or PromptLibrary scored');
    table
      .string('kind', 32)
      .notNullable()
      .comment('AIWorkflow | PromptLibrary');
    table
      .string('owner_ref', 255)
      .notNullable()
      .comment('spec.owner as a group ref, for roll-ups per team');
    table
      .string('function', 64)
      .nullable()
      .comment('spec.function, for roll-ups per business function');
    table
      .string('guild_ref', 255)
      .nullable()
      .comment('spec.guild as a group ref, for roll-ups per guild');
    table
      .string('level', 64)
      .nullable()
      .comment(
        'The highest level reached, as configured that day; null below the first',
      );
    table
      .double('score')
      .notNullable()
      .comment(
        'Mean points of the applicable checks: pass 1, fail 0, stale the stale weight',
      );
    for (const status of ['pass', 'fail', 'stale', 'exempt', 'na']) {
      table
        .integer(`${status}_count`)
        .notNullable()
        .comment(
          `How many checks said ${status === 'na' ? 'not-applicable' : status}`,
        );
    }
    table
      .text('statuses')
      .notNullable()
      .comment('JSON object: check id to status, for roll-ups per check');
    table
      .timestamp('computed_at', { useTz: true })
      .notNullable()
      .comment('When the run (or the recompute) that wrote it ran');
    table.primary(['day', 'entity_ref']);
    table.index(['entity_ref', 'day'], 'scorecard_asset_days_entity_idx');
  });

  await knex.schema.createTable('scorecard_latest_results', table => {
    table.comment(
      'The latest result of each asset in full: status, reason and fix of every check',
    );
    table
      .string('entity_ref', 255)
      .primary()
      .comment('The AIWorkflow or PromptLibrary scored');
    table
      .string('day', 10)
      .notNullable()
      .comment('The day of the scorecard_asset_days row it details');
    table
      .text('results')
      .notNullable()
      .comment(
        'JSON array of { checkId, status, reason, fix? }, in catalogue order',
      );
  });

  await knex.schema.createTable('scorecard_exemptions', table => {
    table.comment(
      'A guild lead or admin exempted an asset from a check, with a justification, until a day',
    );
    table
      .string('id', 64)
      .primary()
      .comment('Client-supplied id; replays record nothing new');
    table.string('entity_ref', 255).notNullable().comment('The asset exempted');
    table
      .string('check_id', 63)
      .notNullable()
      .comment('The check it is exempted from');
    table
      .text('justification')
      .notNullable()
      .comment('Why, in the words of who granted it');
    table
      .string('expires_on', 10)
      .notNullable()
      .comment('The last UTC day it applies, YYYY-MM-DD');
    table
      .string('created_by', 255)
      .notNullable()
      .comment('The user who granted it, from the caller credentials');
    table
      .timestamp('created_at', { useTz: true })
      .notNullable()
      .comment('When it was granted');
    table
      .string('revoked_by', 255)
      .nullable()
      .comment('The user who revoked it; null while not revoked');
    table
      .timestamp('revoked_at', { useTz: true })
      .nullable()
      .comment('When it was revoked; null while not revoked');
    table.index(['entity_ref', 'check_id'], 'scorecard_exemptions_target_idx');
    table.index(['expires_on'], 'scorecard_exemptions_expiry_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('scorecard_exemptions');
  await knex.schema.dropTable('scorecard_latest_results');
  await knex.schema.dropTable('scorecard_asset_days');
};
