import { CurationDecisionType } from '@ai-marketplace/plugin-ai-marketplace-common';

/** A curation decision ready to store: validated, attributed, ref normalised. */
export type StoredCurationDecision = {
  id: string;
  entityRef: string;
  /** Absent for the asset as a whole. */
  promptId?: string;
  decision: CurationDecisionType;
  note?: string;
  decidedBy: string;
  decidedAt: Date;
};

/** Whether an asset as a whole is featured and deprecated now. */
export type AssetCurationFlags = { featured: boolean; deprecated: boolean };

/** Where guild leads' and admins' curation decisions live. */
export interface CurationStore {
  /**
   * Stores a decision once. The same id with the same target, decision, note
   * and decider is a replay: nothing is stored and the decision first stored
   * is returned. The id with other content is a `ConflictError`.
   */
  record(decision: StoredCurationDecision): Promise<{
    status: 'recorded' | 'replayed';
    decision: StoredCurationDecision;
  }>;

  /**
   * The decisions that make an asset's current state: for the asset and for
   * each of its prompts, the latest of each aspect (featured / unfeatured,
   * deprecated / undeprecated, reviewed). Ties in time go to the larger id.
   */
  latestPerAspect(entityRef: string): Promise<StoredCurationDecision[]>;

  /**
   * Every asset's current flags from its latest asset-level featured /
   * deprecated decisions, in one query; assets never flagged are absent.
   */
  currentAssetFlags(): Promise<Map<string, AssetCurationFlags>>;

  /** The asset's decisions (its own and its prompts'), newest first. */
  history(entityRef: string, limit: number): Promise<StoredCurationDecision[]>;
}
