import {
  ReadinessCheck,
  ReadinessCheckContext,
  ReadinessCheckOutcome,
  ScorecardAsset,
} from '@ai-marketplace/plugin-ai-marketplace-node';

/**
 * One check on one asset: `not-applicable` for a kind it does not cover, and
 * a `fail` naming the check when it throws (one broken check, for example
 * one a module added, must not stop the run over the catalog).
 */
export function runCheck(
  check: ReadinessCheck,
  asset: ScorecardAsset,
  context: ReadinessCheckContext,
): ReadinessCheckOutcome {
  if (!check.appliesTo.includes(asset.kind)) {
    return {
      status: 'not-applicable',
      reason: `Applies to ${check.appliesTo.join(' and ')} only`,
    };
  }
  try {
    return check.evaluate(asset, context);
  } catch (error) {
    return {
      status: 'fail',
      reason: `The check failed to run: ${String(error)}`,
      fix: `Report it to the maintainers of the ${check.id} check`,
    };
  }
}
