import { ReadinessLevelInfo } from '@ai-marketplace/plugin-ai-marketplace-common';

/**
 * The levels that ship, lowest first; `aiMarketplace.scorecards.levels`
 * replaces them. Bronze is ownership basics, silver is safety, gold is
 * operations (fresh evidence, budgets kept, reuse). A check of the other
 * kind is not-applicable, so one list serves workflows and libraries.
 */
export const DEFAULT_READINESS_LEVELS: ReadinessLevelInfo[] = [
  {
    id: 'bronze',
    checks: [
      'owner-business-team',
      'business-owner-named',
      'dri-named',
      'data-classification-declared',
      'escalation-path-declared',
      'guild-has-lead',
      'prompts-versioned-with-examples',
    ],
  },
  {
    id: 'silver',
    checks: [
      'dual-sponsorship',
      'action-tier-controls',
      'evaluation-gate',
      'approved-models',
      'no-deprecated-featured',
    ],
  },
  {
    id: 'gold',
    checks: [
      'error-budget-respected',
      'review-within-cadence',
      'documentation-linked',
      'contributors-recorded',
      'reused-by-another-team',
    ],
  },
];
