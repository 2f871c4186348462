import { Knex } from 'knex';

/** `insert into table (columns) select …`, which knex has no builder for. */
export async function insertSelected(
  tx: Knex.Transaction,
  table: string,
  columns: string[],
  select: Knex.QueryBuilder,
): Promise<void> {
  const { sql, bindings } = select.toSQL();
  await tx.raw(
    `insert into ?? (${columns.map(() => '??').join(', ')}) ${sql}`,
    [table, ...columns, ...bindings],
  );
}
