import {
  kpiReadPermission,
  MarketplaceAssetsResponse,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import Router from 'express-promise-router';
import { CurationStore } from '../database/CurationStore';
import { MarketplaceAssetStore } from '../database/MarketplaceAssetStore';
import { authorizedUser, RouteContext } from '../service/routeContext';
import { parseInput } from '../service/validation';
import { parseWindow } from '../service/window';
import { marketplaceAssetsQuerySchema } from './marketplaceSchemas';

/**
 * The marketplace's list: every present asset with its readiness, curation
 * flags and reuse, so that the page can filter and sort all of them.
 */
export function marketplaceRoutes(
  ctx: RouteContext,
  stores: {
    marketplaceAssets: MarketplaceAssetStore;
    curationDecisions: CurationStore;
  },
) {
  const router = Router();

  router.get('/marketplace/assets', async (req, res) => {
    await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(marketplaceAssetsQuerySchema, req.query, 'query');
    const window = parseWindow(query, ctx.now());
    const [assets, flags] = await Promise.all([
      stores.marketplaceAssets.assetStates(window),
      stores.curationDecisions.currentAssetFlags(),
    ]);
    const body: MarketplaceAssetsResponse = {
      ...window,
      items: assets.map(asset => ({
        entityRef: asset.entityRef,
        readinessLevel: asset.readinessLevel,
        readinessScore: asset.readinessScore,
        featured: flags.get(asset.entityRef)?.featured ?? false,
        deprecated: flags.get(asset.entityRef)?.deprecated ?? false,
        firstSeenAt: asset.firstSeenAt.toISOString(),
        reuseEvents: asset.reuseEvents,
        consumingTeams: asset.consumingTeams,
      })),
    };
    res.json(body);
  });

  return router;
}
