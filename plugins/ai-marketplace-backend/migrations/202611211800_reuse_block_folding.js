// @ts-check

const { backfillFromDailyRollup } = require('./202611211600_kpi_rollups');

/**
 * Takes the KPI block roll-ups off the write path. A recorded event now
 * touches `reuse_events` and `reuse_daily` only; a scheduled task folds the
 * daily counts into `reuse_asset_blocks` / `reuse_team_blocks` a few seconds
 * later. `folded_count` says how much of each daily count the blocks hold,
 * and the KPI reads add the rest (`event_count - folded_count`, found through
 * a partial index that holds only such rows), so they stay exact between
 * two folds.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('reuse_daily', table => {
    table
      .integer('folded_count')
      .notNullable()
      .defaultTo(0)
      .comment(
        'How many of event_count the KPI block roll-ups already hold; the rest waits for the next fold',
      );
  });
  // Until now every event reached the blocks in its own transaction.
  await knex('reuse_daily').update({ folded_count: knex.ref('event_count') });
  await knex.raw(
    'create index reuse_daily_unfolded_idx on reuse_daily (day, entity_ref) where event_count <> folded_count',
  );
};

/**
 * The earlier schema expects complete blocks: rebuild them from the daily
 * roll-up, which holds every event, before dropping the column.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('drop index reuse_daily_unfolded_idx');
  await knex('reuse_asset_blocks').delete();
  await knex('reuse_team_blocks').delete();
  await backfillFromDailyRollup(knex);
  await knex.schema.alterTable('reuse_daily', table => {
    table.dropColumn('folded_count');
  });
};
