import { ScorecardExemption } from '@ai-marketplace/plugin-ai-marketplace-common';
import { ReadinessCheckOutcome } from '@ai-marketplace/plugin-ai-marketplace-node';
import { StoredExemption } from '../database/ScorecardExemptionStore';

/** Whether an exemption applies on a UTC day: not revoked, and that day is not past its last day. */
export function isExemptionActive(
  exemption: StoredExemption,
  day: string,
): boolean {
  return !exemption.revokedAt && day <= exemption.expiresOn;
}

/**
 * A check's outcome with an exemption applied: a `fail` or `stale` becomes
 * `exempt`, saying who exempted it, until when and why, and what the check
 * found. A pass or not-applicable stays as it is: there is nothing to excuse.
 */
export function applyExemption(
  outcome: ReadinessCheckOutcome,
  exemption: StoredExemption | undefined,
): ReadinessCheckOutcome | { status: 'exempt'; reason: string; fix?: string } {
  if (!exemption || (outcome.status !== 'fail' && outcome.status !== 'stale')) {
    return outcome;
  }
  return {
    status: 'exempt',
    reason: `Exempt until ${exemption.expiresOn} (${exemption.createdBy}: ${exemption.justification}); found: ${outcome.reason}`,
    ...(outcome.fix ? { fix: outcome.fix } : {}),
  };
}

/** An exemption as the API shows it, active or not on `today`. */
export function toScorecardExemption(
  exemption: StoredExemption,
  today: string,
): ScorecardExemption {
  return {
    id: exemption.id,
    entityRef: exemption.entityRef,
    checkId: exemption.checkId,
    justification: exemption.justification,
    expiresOn: exemption.expiresOn,
    createdBy: exemption.createdBy,
    createdAt: exemption.createdAt.toISOString(),
    ...(exemption.revokedAt
      ? {
          revokedBy: exemption.revokedBy,
          revokedAt: exemption.revokedAt.toISOString(),
        }
      : {}),
    active: isExemptionActive(exemption, today),
  };
}
