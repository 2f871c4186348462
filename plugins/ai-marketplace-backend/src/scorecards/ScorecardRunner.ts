import { isAIWorkflowEntity } from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  ReadinessSettings,
  ScorecardAsset,
} from '@ai-marketplace/plugin-ai-marketplace-node';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readAiAssetEntities } from '../catalogSync/readAiAssetEntities';
import { ScorecardExemptionStore } from '../database/ScorecardExemptionStore';
import { ScorecardFactsStore } from '../database/ScorecardFactsStore';
import { ScorecardStore, StoredScorecard } from '../database/ScorecardStore';
import { addDays, utcDay } from '../service/window';
import { CheckRegistry } from './checkRegistry';
import { durationDays } from './durationDays';
import { loadCatalogFacts } from './loadCatalogFacts';
import { scoreAssets } from './scoreAssets';
import { ScorecardsConfig } from './scorecardsConfig';

const DAY_MS = 86_400_000;
/** Incidents are read back at most this far, whatever an error budget's period says. */
const MAX_INCIDENT_LOOKBACK_DAYS = 366;

/** The longest error-budget period among the assets, in days (at least one). */
function incidentLookbackDays(assets: readonly ScorecardAsset[]): number {
  let days = 1;
  for (const asset of assets) {
    if (isAIWorkflowEntity(asset)) {
      days = Math.max(days, durationDays(asset.spec.errorBudget?.period) ?? 0);
    }
  }
  return Math.min(Math.ceil(days), MAX_INCIDENT_LOOKBACK_DAYS);
}

/**
 * Computes and stores readiness: the scheduled run over the whole catalog,
 * and the recompute of one asset on demand. Both gather facts in batches
 * first, then score with the pure engine, then store today's results.
 */
export class ScorecardRunner {
  constructor(
    private readonly options: {
      registry: CheckRegistry;
      catalog: CatalogService;
      auth: AuthService;
      scorecards: ScorecardStore;
      facts: ScorecardFactsStore;
      exemptions: ScorecardExemptionStore;
      config: ScorecardsConfig;
      coordinationGroups: readonly string[];
    },
  ) {}

  get registry(): CheckRegistry {
    return this.options.registry;
  }

  get staleWeight(): number {
    return this.options.config.staleWeight;
  }

  private settings(): ReadinessSettings {
    const { config, coordinationGroups } = this.options;
    return {
      coordinationGroups: new Set(coordinationGroups),
      approvedModels: new Set(config.approvedModels),
      defaultCadenceDays: config.cadenceDays,
    };
  }

  private async score(
    assets: readonly ScorecardAsset[],
    now: Date,
    entityRef?: string,
  ): Promise<StoredScorecard[]> {
    const { catalog, auth, facts, exemptions, registry, config } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const today = utcDay(now);
    const [catalogFacts, records, active] = await Promise.all([
      loadCatalogFacts(catalog, credentials, assets),
      facts.recordsFor({
        entityRefs: entityRef ? [entityRef] : undefined,
        incidentsSince: new Date(
          now.getTime() - incidentLookbackDays(assets) * DAY_MS,
        ),
      }),
      exemptions.list({ entityRef, activeOn: today }),
    ]);
    return scoreAssets({
      assets,
      registry,
      catalog: catalogFacts,
      records,
      exemptions: active,
      settings: this.settings(),
      staleWeight: config.staleWeight,
      now,
    });
  }

  /**
   * Scores every AIWorkflow and PromptLibrary and replaces today's results
   * (assets gone from the catalog drop out of today); deletes days older
   * than `historyDays`.
   */
  async runAll(options: {
    now: Date;
    signal?: AbortSignal;
    logger?: LoggerService;
  }): Promise<{ day: string; assets: number }> {
    const { now, signal, logger } = options;
    const started = Date.now();
    const assets = await readAiAssetEntities({
      catalog: this.options.catalog,
      auth: this.options.auth,
      fields: ['metadata', 'spec'],
      signal,
    });
    const scorecards = await this.score(assets, now);
    signal?.throwIfAborted();
    const day = utcDay(now);
    await this.options.scorecards.saveDay(day, scorecards, {
      complete: true,
      keepFromDay: addDays(day, -this.options.config.historyDays),
    });
    logger?.info(
      `Scored the readiness of ${assets.length} assets in ${
        Date.now() - started
      } ms`,
    );
    return { day, assets: assets.length };
  }

  /** Scores one asset now without storing it (an asset no run has reached yet). */
  async preview(asset: ScorecardAsset, now: Date): Promise<StoredScorecard> {
    // Facts and exemptions narrowed to this asset, in the engine's ref form.
    const entityRef = stringifyEntityRef(asset).toLocaleLowerCase('en-US');
    const [scorecard] = await this.score([asset], now, entityRef);
    return scorecard;
  }

  /** Scores one asset now and replaces its result of today. */
  async recompute(asset: ScorecardAsset, now: Date): Promise<StoredScorecard> {
    const scorecard = await this.preview(asset, now);
    await this.options.scorecards.saveDay(utcDay(now), [scorecard]);
    return scorecard;
  }
}
