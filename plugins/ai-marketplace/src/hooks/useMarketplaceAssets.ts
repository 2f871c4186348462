import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { marketplaceApiRef } from '../api';
import {
  ASSET_ENTITY_FIELDS,
  ASSET_KINDS,
  AssetState,
  createRefNormaliser,
  MarketplaceAsset,
  ReuseScope,
  statesByRef,
  TEAM_ENTITY_FIELDS,
  teamRefsOf,
  toMarketplaceAsset,
} from '../lib/marketplace/assets';

/** Reuse counts cover this many days, today included. */
export const REUSE_WINDOW_DAYS = 90;

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
 * (only the fields the marketplace shows), every asset's reuse over the
 * last REUSE_WINDOW_DAYS with its readiness and curation flags, and the titles of their owner
 * teams and guilds in one more call. Only the catalog call is required.
 */
export function useMarketplaceAssets() {
  const catalogApi = useApi(catalogApiRef);
  const marketplaceApi = useApi(marketplaceApiRef);

  return useAsyncRetry(async (): Promise<MarketplaceData> => {
    const from = new Date(Date.now() - (REUSE_WINDOW_DAYS - 1) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const [{ items }, marketplaceStates] = await Promise.all([
      catalogApi.getEntities({
        filter: ASSET_KINDS.map(kind => ({ kind })),
        fields: ASSET_ENTITY_FIELDS,
      }),
      settle(marketplaceApi.listMarketplaceAssets({ from })),
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

    let states = new Map<string, AssetState>();
    let reuseScope: ReuseScope | undefined;
    if (marketplaceStates.error) {
      warnings.push({
        title: 'Reuse counts, readiness and featured marks could not be loaded',
        error: marketplaceStates.error,
      });
    } else {
      states = statesByRef(marketplaceStates.value);
      // The route lists every present asset: one it omits was not used.
      reuseScope = {
        from: marketplaceStates.value.from,
        to: marketplaceStates.value.to,
        complete: true,
      };
    }

    return {
      assets: items.map(entity =>
        toMarketplaceAsset(entity, teams, states, normalise),
      ),
      reuseScope,
      warnings,
    };
  }, [catalogApi, marketplaceApi]);
}
