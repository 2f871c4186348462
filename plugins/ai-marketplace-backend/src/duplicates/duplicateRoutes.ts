import { kpiReadPermission } from '@ai-marketplace/plugin-ai-marketplace-common';
import Router from 'express-promise-router';
import { CatalogAssetStore } from '../database/CatalogAssetStore';
import { DuplicateClusterStore } from '../database/DuplicateClusterStore';
import { normalisedEntityRef } from '../service/normalisedEntityRef';
import { authorizedUser, RouteContext } from '../service/routeContext';
import { parseInput } from '../service/validation';
import { duplicatesQuerySchema } from './duplicateSchemas';
import { buildDuplicatesReport } from './duplicatesReport';

/** The near-duplicates found by the last scheduled run, with the duplication rate. */
export function duplicateRoutes(
  ctx: RouteContext,
  options: {
    duplicateClusters: DuplicateClusterStore;
    catalogAssets: CatalogAssetStore;
    /** `duplicates.similarityThreshold`, reported until the first run. */
    similarityThreshold: number;
  },
) {
  const router = Router();

  router.get('/duplicates', async (req, res) => {
    await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(duplicatesQuerySchema, req.query, 'query');
    const filter = {
      teamRef:
        query.team === undefined
          ? undefined
          : normalisedEntityRef(query.team, 'group', 'team'),
      function: query.function,
      guildRef:
        query.guild === undefined
          ? undefined
          : normalisedEntityRef(query.guild, 'group', 'guild'),
    };
    const [run, assets] = await Promise.all([
      options.duplicateClusters.lastRun(),
      options.catalogAssets.presentAssets(),
    ]);
    res.json(
      buildDuplicatesReport({
        run,
        assets,
        filter,
        configuredThreshold: options.similarityThreshold,
      }),
    );
  });

  return router;
}
