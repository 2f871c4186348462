// @ts-check

const { backfillFromDailyRollup } = require('./202611211600_kpi_rollups');

/**
 * Takes the KPI block roll-ups off the write path, and makes the daily
 * roll-up cheaper to write. A recorded event now
 * touches `reuse_events` and `reuse_daily` only; a scheduled task folds the
 * daily counts into `reuse_asset_blocks` / `reuse_team_blocks` a few seconds
 * later. `folded_count` says how much of each daily count the blocks hold;
 * `unfolded` marks the rows with more, and a partial index holds just those,
 * so the KPI reads add the rest (`event_count - folded_count`) cheaply and
 * stay exact between two folds.
 *
 * The flag, not `event_count <> folded_count`, is what the index names: on
 * PostgreSQL an update that changes no indexed column can stay on its page
 * (a HOT update, no index writes), and counting one more event on a row
 * that is already unfolded changes only `event_count`. The free space per
 * page (fillfactor 80) is what lets those updates stay there.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('reuse_daily', table => {
    table
      .integer('folded_count')
      .notNullable()
      .defaultTo(0)
      .comment('How many of event_count the KPI block roll-ups already hold');
    table
      .smallint('unfolded')
      .notNullable()
      .defaultTo(0)
      .comment(
        '1 while event_count holds events the blocks do not, until the next fold',
      );
  });
  // Until now every event reached the blocks in its own transaction.
  await knex('reuse_daily').update({ folded_count: knex.ref('event_count') });
  // Every read of reuse_daily is by asset (a summary, scorecard facts) or
  // through the partial index: keyed asset first, the separate
  // (entity_ref, day) index is one index less to write per new row.
  await knex.schema.alterTable('reuse_daily', table => {
    table.dropIndex([], 'reuse_daily_entity_day_idx');
    table.dropPrimary();
  });
  await knex.schema.alterTable('reuse_daily', table => {
    table.primary(['entity_ref', 'day', 'prompt_id', 'event_type', 'team_ref']);
  });
  await knex.raw(
    'create index reuse_daily_unfolded_idx on reuse_daily (day, entity_ref) where unfolded = 1',
  );
  if (knex.client.dialect === 'postgresql') {
    await knex.raw('alter table reuse_daily set (fillfactor = 80)');
  }
  await setBlockComments(
    knex,
    'folded in from reuse_daily by a scheduled task',
  );
};

/**
 * The earlier schema expects complete blocks: rebuild them from the daily
 * roll-up, which holds every event, before dropping the columns.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (knex.client.dialect === 'postgresql') {
    await knex.raw('alter table reuse_daily reset (fillfactor)');
  }
  await setBlockComments(knex, 'maintained on write');
  await knex.raw('drop index reuse_daily_unfolded_idx');
  await knex('reuse_asset_blocks').delete();
  await knex('reuse_team_blocks').delete();
  await backfillFromDailyRollup(knex);
  await knex.schema.alterTable('reuse_daily', table => {
    table.dropColumn('unfolded');
    table.dropColumn('folded_count');
  });
  await knex.schema.alterTable('reuse_daily', table => {
    table.dropPrimary();
  });
  await knex.schema.alterTable('reuse_daily', table => {
    table.primary(['day', 'entity_ref', 'prompt_id', 'event_type', 'team_ref']);
    table.index(['entity_ref', 'day'], 'reuse_daily_entity_day_idx');
  });
};

/**
 * Says in the block tables' comments how they are kept.
 *
 * @param {import('knex').Knex} knex
 * @param {string} how
 */
async function setBlockComments(knex, how) {
  await knex.schema.alterTable('reuse_asset_blocks', table => {
    table.comment(
      `Reuse per aligned block of days (1, 2, 4 … 256) and asset, ${how}`,
    );
  });
  await knex.schema.alterTable('reuse_team_blocks', table => {
    table.comment(
      `Reuse per aligned block of days, asset and consuming team, ${how}`,
    );
  });
}
