import { ReadinessCheck } from '@ai-marketplace/plugin-ai-marketplace-node';
import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { AiMarketplaceConfig } from '../config';
import { DatabaseScorecardExemptionStore } from '../database/DatabaseScorecardExemptionStore';
import { DatabaseScorecardFactsStore } from '../database/DatabaseScorecardFactsStore';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { createCheckRegistry } from './checkRegistry';
import { DEFAULT_READINESS_CHECKS } from './checks';
import { ScorecardRunner } from './ScorecardRunner';
import { ScorecardServices } from './scorecardRoutes';

/**
 * The scorecards of a backend: the default checks plus those modules added
 * through the extension point, verified against the configured levels (a
 * level naming an unknown check stops the backend), the runner and stores.
 */
export function createScorecardServices(options: {
  knex: Knex;
  catalog: CatalogService;
  auth: AuthService;
  config: AiMarketplaceConfig;
  addedChecks: readonly ReadinessCheck[];
}): ScorecardServices {
  const { knex, config } = options;
  const scorecards = new DatabaseScorecardStore(knex);
  const exemptions = new DatabaseScorecardExemptionStore(knex);
  const runner = new ScorecardRunner({
    registry: createCheckRegistry(
      [...DEFAULT_READINESS_CHECKS, ...options.addedChecks],
      config.scorecards.levels,
    ),
    catalog: options.catalog,
    auth: options.auth,
    scorecards,
    facts: new DatabaseScorecardFactsStore(knex),
    exemptions,
    config: config.scorecards,
    coordinationGroups: config.coordinationGroups,
  });
  return { runner, scorecards, exemptions };
}
