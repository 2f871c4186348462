import {
  AIWorkflowEntityV1alpha1,
  CheckStatus,
  PromptLibraryEntityV1alpha1,
  ScorecardAssetKind,
} from '@ai-marketplace/plugin-ai-marketplace-common';

/** An asset a readiness check reads. */
export type ScorecardAsset =
  | AIWorkflowEntityV1alpha1
  | PromptLibraryEntityV1alpha1;

/**
 * What the catalog says about the entities assets point at (owners, people,
 * guilds, models). Every ref is normalised: `kind:namespace/name`, lower case.
 */
export type ReadinessCatalogFacts = {
  /** Users that exist in the catalog. */
  users: ReadonlySet<string>;
  /** Groups that exist, with their `spec.type` and, for guilds, their leads. */
  groups: ReadonlyMap<string, { type?: string; leads: readonly string[] }>;
  /**
   * Resources of type `ai-model`, with their `ai-marketplace.io/model-approval`
   * annotation as written (`approved` when the organisation approved it).
   */
  models: ReadonlyMap<string, { approval?: string }>;
};

/** What the marketplace backend recorded about one asset. */
export type ReadinessRecords = {
  /** The latest evaluation result posted for it (from CI). */
  latestEvaluation?: { passRate: number; evaluatedAt: Date };
  /** When its AI incidents happened, within the longest error-budget period in use. */
  incidentTimes: readonly Date[];
  /** The latest `reviewed` curation decision on the asset as a whole. */
  lastReviewedAt?: Date;
  /** The current curation of the asset (`promptId` '') and of each curated prompt. */
  curation: ReadonlyArray<{
    promptId: string;
    featured: boolean;
    deprecated: boolean;
  }>;
  /** The last UTC day (`YYYY-MM-DD`) each team copied, adopted, forked or invoked it. */
  lastUseByTeam: ReadonlyMap<string, string>;
};

/** Organisation-wide settings checks use (from `aiMarketplace.*` config). */
export type ReadinessSettings = {
  /** The central AI / platform groups, which should not own business outcomes. */
  coordinationGroups: ReadonlySet<string>;
  /** Model refs approved by configuration, besides annotated catalog models. */
  approvedModels: ReadonlySet<string>;
  /** Cadences for assets that declare none, in days. */
  defaultCadenceDays: { evaluation: number; review: number; reuse: number };
};

/** Everything a check may read besides the asset itself. */
export type ReadinessCheckContext = {
  /** The asset's normalised entity ref. */
  entityRef: string;
  now: Date;
  catalog: ReadinessCatalogFacts;
  records: ReadinessRecords;
  settings: ReadinessSettings;
};

/**
 * A check's verdict. `exempt` is not the check's to give: the engine applies
 * exemptions after the check ran.
 */
export type ReadinessCheckOutcome = {
  status: Exclude<CheckStatus, 'exempt'>;
  /** One line: what was found. */
  reason: string;
  /** One line: what to do about it; leave it out when there is nothing to do. */
  fix?: string;
};

/**
 * A readiness check: a plain, synchronous function of the asset and the facts
 * gathered once for the whole run (so a run over the catalog never queries
 * per asset). Assets of kinds outside `appliesTo` get `not-applicable`
 * without calling `evaluate`.
 */
export type ReadinessCheck = {
  /** Stable, lower-case kebab-case id; levels and exemptions name it. */
  id: string;
  title: string;
  /** What it verifies and why it matters. */
  description: string;
  appliesTo: readonly ScorecardAssetKind[];
  evaluate(
    asset: ScorecardAsset,
    context: ReadinessCheckContext,
  ): ReadinessCheckOutcome;
};
