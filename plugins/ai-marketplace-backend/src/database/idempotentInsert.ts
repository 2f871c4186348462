import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';

/** A database value as either database hands it back. */
type Stored = string | number | boolean | Date | null | undefined;

/** Compares a stored value with the one to write, across SQLite and PostgreSQL. */
function sameValue(stored: Stored, wanted: Stored): boolean {
  if (wanted instanceof Date) {
    return (
      stored !== null &&
      stored !== undefined &&
      typeof stored !== 'boolean' &&
      new Date(stored).getTime() === wanted.getTime()
    );
  }
  if (typeof wanted === 'boolean') {
    // SQLite hands booleans back as 0 / 1.
    return (
      stored !== null && stored !== undefined && Boolean(stored) === wanted
    );
  }
  if (typeof wanted === 'number') {
    return stored !== null && stored !== undefined && Number(stored) === wanted;
  }
  return (stored ?? null) === (wanted ?? null);
}

/**
 * Inserts a row keyed by a client-supplied `id`, once. A replay — the id
 * already stored with the same values in `compared` — inserts nothing and
 * returns `'replayed'`; the id stored with other values is a `ConflictError`.
 * Safe against a concurrent insert of the same id (ON CONFLICT DO NOTHING).
 */
export async function insertIdempotent(
  db: Knex | Knex.Transaction,
  table: string,
  row: Record<string, Stored> & { id: string },
  compared: string[],
  what: string,
): Promise<'recorded' | 'replayed'> {
  const inserted: Array<{ id: string }> = await db(table)
    .insert(row)
    .onConflict('id')
    .ignore()
    .returning('id');
  if (inserted.length) {
    return 'recorded';
  }
  const stored = await db(table).where('id', row.id).first();
  if (
    stored &&
    compared.every(column => sameValue(stored[column], row[column]))
  ) {
    return 'replayed';
  }
  throw new ConflictError(
    `${what} id "${row.id}" was already recorded with different content`,
  );
}
