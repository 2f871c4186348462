import {
  CheckStatus,
  ReadinessLevelInfo,
} from '@ai-marketplace/plugin-ai-marketplace-common';

/** A check counts towards a level when it passes, is exempt or does not concern the asset. */
export function meetsLevelCheck(status: CheckStatus | undefined): boolean {
  return (
    status === 'pass' || status === 'exempt' || status === 'not-applicable'
  );
}

/**
 * The highest level an asset reaches — levels are cumulative, so it is the
 * last of an unbroken run from the lowest — and the next level with the
 * ids of the checks missing for it (failing or stale), in the level's order.
 */
export function levelOf(
  statuses: ReadonlyMap<string, CheckStatus>,
  levels: readonly ReadinessLevelInfo[],
): { level: string | null; next: { level: string; missing: string[] } | null } {
  let level: string | null = null;
  for (const candidate of levels) {
    const missing = candidate.checks.filter(
      id => !meetsLevelCheck(statuses.get(id)),
    );
    if (missing.length) {
      return { level, next: { level: candidate.id, missing } };
    }
    level = candidate.id;
  }
  return { level, next: null };
}
