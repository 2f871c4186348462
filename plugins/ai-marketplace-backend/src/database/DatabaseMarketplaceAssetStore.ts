import { REUSE_EVENT_TYPES } from '@ai-marketplace/plugin-ai-marketplace-common';
import { Knex } from 'knex';
import {
  MarketplaceAssetRow,
  MarketplaceAssetStore,
} from './MarketplaceAssetStore';
import {
  assetReuseRows,
  inOneSnapshot,
  teamReuseRows,
  windowReuse,
} from './reuseBlocks';

type AssetRow = {
  entity_ref: string;
  owner_ref: string;
  first_seen_at: Date | string | number;
  level: string | null;
  score: number | string | null;
};

/** Events of every type in a row of `reuse_asset_blocks` aliased `b`. */
const ALL_EVENTS = REUSE_EVENT_TYPES.map(type => `b.${type}`).join(' + ');

/**
 * The marketplace's list on the plugin's own database (SQLite or
 * PostgreSQL): three queries whatever the number of assets, reuse read from
 * the block roll-ups (and the daily counts not folded into them yet), never
 * from the raw events.
 */
export class DatabaseMarketplaceAssetStore implements MarketplaceAssetStore {
  constructor(private readonly knex: Knex) {}

  async assetStates(window: {
    from: string;
    to: string;
  }): Promise<MarketplaceAssetRow[]> {
    // One snapshot: the blocks chosen are the blocks read.
    const [assets, events, teams] = await inOneSnapshot(this.knex, async tx => {
      const reuse = await windowReuse(tx, window);
      return Promise.all([
        // The latest result's level and score live on its day's row.
        this.present()
          .leftJoin(
            'scorecard_latest_results as l',
            'l.entity_ref',
            'a.entity_ref',
          )
          .leftJoin('scorecard_asset_days as d', function joinDay() {
            this.on('d.entity_ref', '=', 'l.entity_ref').andOn(
              'd.day',
              '=',
              'l.day',
            );
          })
          .select(
            'a.entity_ref',
            'a.owner_ref',
            'a.first_seen_at',
            'd.level',
            'd.score',
          )
          .orderBy('a.entity_ref')
          .transacting(tx) as Promise<AssetRow[]>,
        this.knex
          .from(assetReuseRows(this.knex, reuse).as('b'))
          .select('b.entity_ref', this.knex.raw(`sum(${ALL_EVENTS}) as events`))
          .groupBy('b.entity_ref')
          .transacting(tx) as Promise<
          Array<{ entity_ref: string; events: string | number }>
        >,
        this.knex
          .from(teamReuseRows(this.knex, reuse).as('t'))
          .join('catalog_assets as a', 'a.entity_ref', 't.entity_ref')
          .whereRaw('t.team_ref <> a.owner_ref')
          .select('t.entity_ref')
          .countDistinct({ teams: 't.team_ref' })
          .groupBy('t.entity_ref')
          .transacting(tx) as Promise<
          Array<{ entity_ref: string; teams: string | number }>
        >,
      ]);
    });
    const eventsOf = new Map(
      events.map(row => [row.entity_ref, Number(row.events)]),
    );
    const teamsOf = new Map(
      teams.map(row => [row.entity_ref, Number(row.teams)]),
    );
    return assets.map(row => ({
      entityRef: row.entity_ref,
      ownerRef: row.owner_ref,
      firstSeenAt: new Date(row.first_seen_at),
      readinessLevel: row.level ?? null,
      readinessScore:
        row.score === null || row.score === undefined
          ? null
          : Number(row.score),
      reuseEvents: eventsOf.get(row.entity_ref) ?? 0,
      consumingTeams: teamsOf.get(row.entity_ref) ?? 0,
    }));
  }

  private present() {
    return this.knex('catalog_assets as a').whereNull('a.removed_at');
  }
}
