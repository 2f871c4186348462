import {
  CurationDecision,
  CurationState,
  CurationSummary,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { StoredCurationDecision } from '../database/CurationStore';

/** The most decisions a summary lists. */
export const HISTORY_LIMIT = 100;

/** A stored decision as the API shows it. */
export function toCurationDecision(
  decision: StoredCurationDecision,
): CurationDecision {
  return {
    id: decision.id,
    entityRef: decision.entityRef,
    ...(decision.promptId ? { promptId: decision.promptId } : {}),
    decision: decision.decision,
    ...(decision.note !== undefined ? { note: decision.note } : {}),
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt.toISOString(),
  };
}

/** The state the latest decision of each aspect leaves (never curated: all off). */
function stateOf(latest: StoredCurationDecision[]): CurationState {
  const review = latest.find(d => d.decision === 'reviewed');
  return {
    featured: latest.some(d => d.decision === 'featured'),
    deprecated: latest.some(d => d.decision === 'deprecated'),
    lastReview: review
      ? {
          at: review.decidedAt.toISOString(),
          by: review.decidedBy,
          note: review.note ?? '',
        }
      : null,
  };
}

/**
 * An asset's curation: its own state and each current prompt's, from the
 * latest decision of each aspect, and the recent decisions.
 */
export function buildCurationSummary(options: {
  entityRef: string;
  promptIds: string[];
  latest: StoredCurationDecision[];
  history: StoredCurationDecision[];
}): CurationSummary {
  const { entityRef, promptIds, latest, history } = options;
  const latestFor = (promptId?: string) =>
    latest.filter(d => d.promptId === promptId);
  return {
    entityRef,
    asset: stateOf(latestFor(undefined)),
    prompts: promptIds.map(promptId => ({
      promptId,
      ...stateOf(latestFor(promptId)),
    })),
    history: history.map(toCurationDecision),
  };
}
