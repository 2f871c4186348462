import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { marketplaceApiRef } from '../api';
import {
  ASSET_ENTITY_FIELDS,
  ASSET_KINDS,
  AssetReuse,
  createRefNormaliser,
  MarketplaceAsset,
  ReuseScope,
  reuseByRef,
  TEAM_ENTITY_FIELDS,
  teamRefsOf,
  toMarketplaceAsset,
} from '../lib/marketplace/assets';

/** Reuse counts cover this many days, today included. */
export const REUSE_WINDOW_DAYS = 90;

/**
 * The most items `GET /kpis/top-assets` returns (its `limit` bound). It
 * lists only assets another team used, so beyond it reuse is unknown.
 */
export const TOP_ASSETS_LIMIT = 100;

/** Something besides the catalog that could not be loaded; the page works without it. */
export type MarketplaceWarning = { title: string; error: Error };

/** The assets of the marketplace and what is known of their reuse. */
export type MarketplaceData = {
  assets: MarketplaceAsset[];
  /** Absent when the reuse numbers could not be loaded. */
  reuseScope?: ReuseScope;
  warnings: MarketplaceWarning[];
};

const DAY_MS = 86_400_000;

type Settled<T> = { value: T; error?: undefined } | { error: Error };

const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    value => ({ value }),
    error => ({ error: error instanceof Error ? error : new Error(error) }),
  );

/**
 * Loads every AIWorkflow and PromptLibrary from the catalog in one call
 * (only the fields the marketplace shows), the reuse of the most reused
 * assets over the last REUSE_WINDOW_DAYS, and the titles of their owner
 * teams and guilds in one more call. Only the catalog call is required.
 */
export function useMarketplaceAssets() {
  const catalogApi = useApi(catalogApiRef);
  const marketplaceApi = useApi(marketplaceApiRef);

  return useAsyncRetry(async (): Promise<MarketplaceData> => {
    const from = new Date(Date.now() - (REUSE_WINDOW_DAYS - 1) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const [{ items }, topAssets] = await Promise.all([
      catalogApi.getEntities({
        filter: ASSET_KINDS.map(kind => ({ kind })),
        fields: ASSET_ENTITY_FIELDS,
      }),
      settle(
        marketplaceApi.getKpi('top-assets', { limit: TOP_ASSETS_LIMIT, from }),
      ),
    ]);

    const warnings: MarketplaceWarning[] = [];
    const normalise = createRefNormaliser();
    const teamRefs = teamRefsOf(items, normalise);
    const teams = new Map<string, Entity>();
    if (teamRefs.length) {
      const found = await settle(
        catalogApi.getEntitiesByRefs({
          entityRefs: teamRefs,
          fields: TEAM_ENTITY_FIELDS,
        }),
      );
      if (found.error) {
        warnings.push({
          title: 'Team names could not be loaded; teams show by their ids',
          error: found.error,
        });
      } else {
        for (const entity of found.value.items) {
          if (entity) {
            teams.set(stringifyEntityRef(entity), entity);
          }
        }
      }
    }

    let reuse = new Map<string, AssetReuse>();
    let reuseScope: ReuseScope | undefined;
    if (topAssets.error) {
      warnings.push({
        title: 'Reuse counts could not be loaded',
        error: topAssets.error,
      });
    } else {
      reuse = reuseByRef(topAssets.value);
      reuseScope = {
        from: topAssets.value.from,
        to: topAssets.value.to,
        complete: topAssets.value.items.length < TOP_ASSETS_LIMIT,
      };
    }

    return {
      assets: items.map(entity =>
        toMarketplaceAsset(entity, teams, reuse, normalise),
      ),
      reuseScope,
      warnings,
    };
  }, [catalogApi, marketplaceApi]);
}
