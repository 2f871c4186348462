import { ReadinessCheckOutcome } from '@ai-marketplace/plugin-ai-marketplace-node';

/** The check is met. */
export const pass = (reason: string): ReadinessCheckOutcome => ({
  status: 'pass',
  reason,
});

/** The evidence was never claimed, or is wrong. */
export const fail = (reason: string, fix: string): ReadinessCheckOutcome => ({
  status: 'fail',
  reason,
  fix,
});

/**
 * The evidence was claimed but is out of date: older than its cadence, or
 * pointing at something the catalog no longer has. Scores below `fail`.
 */
export const stale = (reason: string, fix: string): ReadinessCheckOutcome => ({
  status: 'stale',
  reason,
  fix,
});

/** Nothing to check for this asset. */
export const notApplicable = (reason: string): ReadinessCheckOutcome => ({
  status: 'not-applicable',
  reason,
});
