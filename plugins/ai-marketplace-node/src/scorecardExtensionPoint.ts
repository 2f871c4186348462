import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { ReadinessCheck } from './readinessChecks';

/** Lets backend modules add readiness checks to the AI Marketplace scorecards. */
export interface AiMarketplaceScorecardExtensionPoint {
  /**
   * Adds checks next to the default ones. Ids must be unique; a level in
   * `aiMarketplace.scorecards.levels` may then name them.
   */
  addChecks(...checks: Array<ReadinessCheck | ReadinessCheck[]>): void;
}

/**
 * The extension point of the AI Marketplace scorecards, e.g. in a module:
 *
 * ```ts
 * env.registerInit({
 *   deps: { scorecards: aiMarketplaceScorecardExtensionPoint },
 *   async init({ scorecards }) {
 *     scorecards.addChecks(myCheck);
 *   },
 * });
 * ```
 */
export const aiMarketplaceScorecardExtensionPoint =
  createExtensionPoint<AiMarketplaceScorecardExtensionPoint>({
    id: 'ai-marketplace.scorecards',
  });
