// @ts-check

/**
 * Trailing blocks: for the windows the dashboard shows (by default the last
 * 30, 90 and 180 days), one more block per length in `reuse_asset_blocks` /
 * `reuse_team_blocks` that ends today, so that a KPI over such a window reads
 * one block instead of the four to eight aligned ones that tile it. Their
 * lengths are never one of the aligned lengths (1, 2, 4 … 256), so a key
 * (block_days, block_start) is one or the other.
 *
 * `reuse_trailing_blocks` lists the trailing blocks that are complete: the
 * scheduled fold builds one from the aligned blocks when the day changes,
 * adds what it folds to it from then on, and drops the one of the day
 * before. A read takes a trailing block only while it is listed there, in
 * the same statement.
 *
 * `reuse_flow_blocks` sums each trailing block by producing (owning) and
 * consuming team, for the producer × consumer matrix. Owners are the
 * catalog's, so a catalog snapshot that adds assets or changes an owner marks
 * the flows incomplete (`flows_complete`); the next fold rebuilds them and
 * reads meanwhile take the path without them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('reuse_trailing_blocks', table => {
    table.comment(
      'The complete trailing blocks of reuse_asset_blocks / reuse_team_blocks: windows that end on their last day',
    );
    table
      .integer('block_days')
      .notNullable()
      .comment('Length in days; never one of the aligned lengths');
    table
      .string('block_start', 10)
      .notNullable()
      .comment('First day, YYYY-MM-DD (UTC)');
    table
      .timestamp('built_at', { useTz: true })
      .notNullable()
      .comment('When the fold built it from the aligned blocks');
    table
      .smallint('flows_complete')
      .notNullable()
      .defaultTo(0)
      .comment(
        '1 while reuse_flow_blocks holds its flows under the catalog owners of now',
      );
    table.primary(['block_days', 'block_start']);
  });
  await knex.schema.createTable('reuse_flow_blocks', table => {
    table.comment(
      'Reuse of a trailing block per owning (producer) and using (consumer) team',
    );
    table
      .integer('block_days')
      .notNullable()
      .comment('As in reuse_trailing_blocks');
    table
      .string('block_start', 10)
      .notNullable()
      .comment('As in reuse_trailing_blocks');
    table
      .string('producer_ref')
      .notNullable()
      .comment('Owner of the assets in the catalog, normalised group ref');
    table
      .string('consumer_ref')
      .notNullable()
      .comment('Team that used them, normalised group ref');
    table.integer('events').notNullable().comment('Folded events');
    table
      .integer('assets')
      .notNullable()
      .comment('Assets of the producer the consumer used');
    table.primary([
      'block_days',
      'block_start',
      'producer_ref',
      'consumer_ref',
    ]);
  });
};

/**
 * The earlier schema knows aligned blocks only: the trailing ones go.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const trailing = await knex('reuse_trailing_blocks').select(
    'block_days',
    'block_start',
  );
  for (const block of trailing) {
    await knex('reuse_asset_blocks').where(block).delete();
    await knex('reuse_team_blocks').where(block).delete();
  }
  await knex.schema.dropTable('reuse_flow_blocks');
  await knex.schema.dropTable('reuse_trailing_blocks');
};
