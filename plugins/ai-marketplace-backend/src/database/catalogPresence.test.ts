import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { presentDuring, wasPresentDuring } from './catalogPresence';
import { migrateDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

const at = (iso: string) => new Date(iso);

/** November 1–30 as `[start, end)`. */
const NOVEMBER = {
  start: at('2026-11-01T00:00:00Z'),
  end: at('2026-12-01T00:00:00Z'),
};

/** Assets on either side of the window's edges, and whether each was in it. */
const ASSETS: Array<{
  entity_ref: string;
  first_seen_at: Date;
  removed_at: Date | null;
  during: boolean;
}> = [
  // Seen before, still there.
  {
    entity_ref: 'a:long-lived',
    first_seen_at: at('2026-06-01T00:00:00Z'),
    removed_at: null,
    during: true,
  },
  // Removed at the very start: there at that instant.
  {
    entity_ref: 'a:removed-at-start',
    first_seen_at: at('2026-06-01T00:00:00Z'),
    removed_at: NOVEMBER.start,
    during: true,
  },
  {
    entity_ref: 'a:removed-before',
    first_seen_at: at('2026-06-01T00:00:00Z'),
    removed_at: at('2026-10-31T23:59:59Z'),
    during: false,
  },
  {
    entity_ref: 'a:seen-last-second',
    first_seen_at: at('2026-11-30T23:59:59Z'),
    removed_at: null,
    during: true,
  },
  // First seen at the end: the end is not in the window.
  {
    entity_ref: 'a:seen-at-end',
    first_seen_at: NOVEMBER.end,
    removed_at: null,
    during: false,
  },
  {
    entity_ref: 'a:in-and-out',
    first_seen_at: at('2026-11-10T00:00:00Z'),
    removed_at: at('2026-11-12T00:00:00Z'),
    during: true,
  },
];

describe.each(ids)('catalog presence on %s', databaseId => {
  let knex: Knex;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    await knex('catalog_assets').insert(
      ASSETS.map(({ during: _during, ...asset }) => ({
        ...asset,
        kind: 'aiworkflow',
        title: asset.entity_ref,
        owner_ref: 'group:default/team',
        last_seen_at: at('2026-12-05T00:00:00Z'),
      })),
    );
  });

  const refsPresent = async (window: { start: Date; end: Date }) =>
    (
      await knex('catalog_assets as a')
        .where(presentDuring(knex, 'a', window))
        .select('a.entity_ref')
    )
      .map(row => row.entity_ref)
      .sort();

  it('keeps the assets the catalog had at some instant of the window', async () => {
    expect(await refsPresent(NOVEMBER)).toEqual(
      ASSETS.filter(asset => asset.during)
        .map(asset => asset.entity_ref)
        .sort(),
    );
  });

  it('says the same in SQL and for rows already read, at an instant too', async () => {
    const rows = await knex('catalog_assets').select(
      'entity_ref',
      'first_seen_at',
      'removed_at',
    );
    for (const window of [
      NOVEMBER,
      { start: NOVEMBER.start, end: NOVEMBER.start },
      { start: at('2026-11-11T00:00:00Z'), end: at('2026-11-11T00:00:00Z') },
      { start: NOVEMBER.end, end: NOVEMBER.end },
    ]) {
      expect(await refsPresent(window)).toEqual(
        rows
          .filter(row => wasPresentDuring(row, window))
          .map(row => row.entity_ref)
          .sort(),
      );
    }
    // At the instant November starts: not the one removed before it, nor
    // those first seen later.
    expect(
      await refsPresent({ start: NOVEMBER.start, end: NOVEMBER.start }),
    ).toEqual(['a:long-lived', 'a:removed-at-start']);
  });
});
