/**
 * What a guild lead (or an admin) can decide about an asset or one of its
 * prompts. `unfeatured` and `undeprecated` undo the earlier decision.
 */
export const CURATION_DECISIONS = [
  'featured',
  'unfeatured',
  'deprecated',
  'undeprecated',
  'reviewed',
] as const;

/** @public */
export type CurationDecisionType = (typeof CURATION_DECISIONS)[number];

/** A curation decision as a client sends it; the decider comes from its credentials. */
export type CurationDecisionInput = {
  /** Client-supplied id (1–64 of `A-Za-z0-9._:-`); a replay records nothing new. */
  id: string;
  /** The AIWorkflow or PromptLibrary curated. */
  entityRef: string;
  /** One prompt of a PromptLibrary, when the decision is about that prompt only. */
  promptId?: string;
  decision: CurationDecisionType;
  /** Why; required for `reviewed`. */
  note?: string;
};

/** A recorded curation decision. */
export type CurationDecision = {
  id: string;
  entityRef: string;
  /** Absent when the decision is about the asset as a whole. */
  promptId?: string;
  decision: CurationDecisionType;
  note?: string;
  /** The user who decided. */
  decidedBy: string;
  /** ISO-8601 time. */
  decidedAt: string;
};

/** What recording a curation decision did. */
export type RecordCurationDecisionResponse = {
  /** `recorded` the first time, `replayed` when the id was already stored with the same content. */
  status: 'recorded' | 'replayed';
  decision: CurationDecision;
};

/** The last review of an asset or prompt. */
export type CurationReview = {
  /** ISO-8601 time. */
  at: string;
  /** The user who reviewed. */
  by: string;
  note: string;
};

/** The current curation state of an asset or of one prompt. */
export type CurationState = {
  featured: boolean;
  deprecated: boolean;
  lastReview: CurationReview | null;
};

/** The curation of one asset: its own state, each prompt's, and the decisions. */
export type CurationSummary = {
  entityRef: string;
  asset: CurationState;
  /** One entry per prompt of a PromptLibrary, in the library's order; empty for a workflow. */
  prompts: Array<{ promptId: string } & CurationState>;
  /** The latest decisions on the asset and its prompts, newest first (at most 100). */
  history: CurationDecision[];
};
