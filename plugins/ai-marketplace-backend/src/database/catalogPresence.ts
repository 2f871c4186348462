import { Knex } from 'knex';

/**
 * When the catalog snapshot had an asset: from when it first saw it
 * (`first_seen_at`) until it saw it gone (`removed_at`, null while there).
 * During `[start, end)`: first seen before the end, not removed before the
 * start. At an instant: during the empty window `[at, at)` — first seen
 * before it, not removed by then.
 *
 * The rule in SQL, for `catalog_assets` aliased `alias`.
 */
export function presentDuring(
  knex: Knex,
  alias: string,
  window: { start: Date; end: Date },
): Knex.Raw {
  return knex.raw(
    '(??.first_seen_at < ? and (??.removed_at is null or ??.removed_at >= ?))',
    [alias, window.end, alias, alias, window.start],
  );
}

/** The same rule for a row of `catalog_assets` already read. */
export function wasPresentDuring(
  asset: {
    first_seen_at: Date | string | number;
    removed_at: Date | string | number | null;
  },
  window: { start: Date; end: Date },
): boolean {
  return (
    new Date(asset.first_seen_at) < window.end &&
    (asset.removed_at === null || new Date(asset.removed_at) >= window.start)
  );
}
