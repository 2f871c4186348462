import express from 'express';
import Router from 'express-promise-router';
import { ReuseEventStore } from '../database/ReuseEventStore';
import { CurationStore } from '../database/CurationStore';
import { curationRoutes } from '../curation/curationRoutes';
import {
  AiMarketplaceAssetFilter,
  AiMarketplaceAssetResource,
} from '../permissions/assetResource';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import { ExperimentStore } from '../database/ExperimentStore';
import { experimentRoutes } from '../experiments/experimentRoutes';
import { reuseRoutes } from '../reuse/reuseRoutes';
import { AuthService } from '@backstage/backend-plugin-api';
import { EvaluationResultStore } from '../database/EvaluationResultStore';
import { IncidentStore } from '../database/IncidentStore';
import { evaluationRoutes } from '../evaluations/evaluationRoutes';
import { incidentRoutes } from '../incidents/incidentRoutes';
import { RouteContext } from './routeContext';
import { apiOperations } from '../schema/apiOperations';
import { createOpenApiDocument } from '../schema/openApiDocument';
import { CatalogAssetStore } from '../database/CatalogAssetStore';
import { DuplicateClusterStore } from '../database/DuplicateClusterStore';
import { duplicateRoutes } from '../duplicates/duplicateRoutes';
import { KpiStore } from '../database/KpiStore';
import { kpiRoutes } from '../kpis/kpiRoutes';
import {
  scorecardRoutes,
  ScorecardServices,
} from '../scorecards/scorecardRoutes';
import { MarketplaceAssetStore } from '../database/MarketplaceAssetStore';
import { marketplaceRoutes } from '../marketplace/marketplaceRoutes';

export type RouterOptions = Omit<RouteContext, 'now'> & {
  reuseEvents: ReuseEventStore;
  curationDecisions: CurationStore;
  /** The rules conditional decisions on assets are applied with. */
  assetRuleset: PermissionRuleset<
    AiMarketplaceAssetResource,
    AiMarketplaceAssetFilter
  >;
  experiments: ExperimentStore;
  /** The plugin's own credentials, for catalog reads a service caller may not make. */
  auth: AuthService;
  evaluationResults: EvaluationResultStore;
  incidents: IncidentStore;
  catalogAssets: CatalogAssetStore;
  duplicateClusters: DuplicateClusterStore;
  /** `duplicates.similarityThreshold`, reported until the first detection run. */
  similarityThreshold: number;
  kpis: KpiStore;
  /** `coordinationGroups` of the config, for ownership concentration. */
  coordinationGroups: string[];
  /** Readiness scorecards: the runner and their stores. */
  scorecards: ScorecardServices;
  /** Every present asset's state, for the marketplace page. */
  marketplaceAssets: MarketplaceAssetStore;
  /** The clock; tests pin it. */
  now?: () => Date;
};

/**
 * The plugin's HTTP API: each domain (reuse, experiments, evaluations,
 * incidents, curation, KPIs, duplicates) brings its own routes.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const ctx: RouteContext = {
    httpAuth: options.httpAuth,
    permissions: options.permissions,
    auditor: options.auditor,
    catalog: options.catalog,
    now: options.now ?? (() => new Date()),
  };
  const router = Router();
  router.use(express.json({ limit: '2mb' }));

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  const openApi = createOpenApiDocument(apiOperations);
  router.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  router.use(reuseRoutes(ctx, options.reuseEvents));
  router.use(
    curationRoutes(ctx, {
      decisions: options.curationDecisions,
      assetRuleset: options.assetRuleset,
    }),
  );
  router.use(experimentRoutes(ctx, options.experiments));
  router.use(
    evaluationRoutes(ctx, {
      auth: options.auth,
      evaluationResults: options.evaluationResults,
    }),
  );
  router.use(
    incidentRoutes(ctx, { auth: options.auth, incidents: options.incidents }),
  );
  router.use(
    duplicateRoutes(ctx, {
      duplicateClusters: options.duplicateClusters,
      catalogAssets: options.catalogAssets,
      similarityThreshold: options.similarityThreshold,
    }),
  );

  router.use(
    kpiRoutes(ctx, {
      kpis: options.kpis,
      coordinationGroups: options.coordinationGroups,
    }),
  );

  router.use(
    scorecardRoutes(ctx, {
      ...options.scorecards,
      assetRuleset: options.assetRuleset,
    }),
  );

  router.use(
    marketplaceRoutes(ctx, {
      marketplaceAssets: options.marketplaceAssets,
      curationDecisions: options.curationDecisions,
    }),
  );

  return router;
}
