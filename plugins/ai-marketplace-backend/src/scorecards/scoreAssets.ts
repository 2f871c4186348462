import {
  CheckStatus,
  ScorecardCheckResult,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  ReadinessCatalogFacts,
  ReadinessRecords,
  ReadinessSettings,
  ScorecardAsset,
} from '@ai-marketplace/plugin-ai-marketplace-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { StoredExemption } from '../database/ScorecardExemptionStore';
import { StoredScorecard } from '../database/ScorecardStore';
import { utcDay } from '../service/window';
import { CheckRegistry } from './checkRegistry';
import { refOf } from './checks/refs';
import { applyExemption, isExemptionActive } from './exemptions';
import { levelOf } from './levels';
import { runCheck } from './runCheck';
import { scoreOf } from './scoring';

const NO_RECORDS: ReadinessRecords = {
  incidentTimes: [],
  curation: [],
  lastUseByTeam: new Map(),
};

/** Everything one scoring pass needs, gathered beforehand in batches. */
export type ScoringInput = {
  assets: readonly ScorecardAsset[];
  registry: CheckRegistry;
  catalog: ReadinessCatalogFacts;
  /** By normalised entity ref; assets without records have none. */
  records: ReadonlyMap<string, ReadinessRecords>;
  /** Exemptions of these assets; those not active today are ignored. */
  exemptions: readonly StoredExemption[];
  settings: ReadinessSettings;
  staleWeight: number;
  now: Date;
};

/**
 * The readiness of each asset: every registered check run on it, active
 * exemptions applied, its score and its level. Pure and synchronous — the
 * facts were gathered for the whole catalog before — so a run over 10,000
 * assets is a loop, not 170,000 queries.
 */
export function scoreAssets(input: ScoringInput): StoredScorecard[] {
  const { registry, catalog, settings, staleWeight, now } = input;
  const today = utcDay(now);
  const exempted = new Map<string, StoredExemption>();
  for (const exemption of input.exemptions) {
    if (isExemptionActive(exemption, today)) {
      exempted.set(
        `${exemption.entityRef}\u0000${exemption.checkId}`,
        exemption,
      );
    }
  }

  return input.assets.map(asset => {
    const entityRef = stringifyEntityRef(asset).toLocaleLowerCase('en-US');
    const context = {
      entityRef,
      now,
      catalog,
      settings,
      records: input.records.get(entityRef) ?? NO_RECORDS,
    };
    const statuses = new Map<string, CheckStatus>();
    const results: ScorecardCheckResult[] = registry.checks.map(check => {
      const outcome = applyExemption(
        runCheck(check, asset, context),
        exempted.size
          ? exempted.get(`${entityRef}\u0000${check.id}`)
          : undefined,
      );
      statuses.set(check.id, outcome.status);
      return { checkId: check.id, ...outcome };
    });
    const owner = asset.spec.owner;
    const guildRef = refOf(asset.spec.guild, 'group');
    return {
      entityRef,
      kind: asset.kind,
      ownerRef: refOf(owner, 'group') ?? String(owner ?? ''),
      ...(asset.spec.function ? { function: asset.spec.function } : {}),
      ...(guildRef ? { guildRef } : {}),
      level: levelOf(statuses, registry.levels).level,
      score: scoreOf(statuses.values(), staleWeight),
      computedAt: now,
      results,
    };
  });
}
