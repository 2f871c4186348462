import { CheckStatus } from '@ai-marketplace/plugin-ai-marketplace-common';

/**
 * An asset's score: the mean points of its scored checks — pass 1, fail 0
 * (evidence never claimed), stale `staleWeight` (below 0: evidence that
 * misleads is worse than none). Exempt and not-applicable checks are not
 * scored; with nothing scored there is nothing held against the asset (1).
 * So an asset whose evidence has gone stale can score below 0.
 */
export function scoreOf(
  statuses: Iterable<CheckStatus>,
  staleWeight: number,
): number {
  let points = 0;
  let scored = 0;
  for (const status of statuses) {
    if (status === 'pass') {
      points += 1;
      scored += 1;
    } else if (status === 'fail') {
      scored += 1;
    } else if (status === 'stale') {
      points += staleWeight;
      scored += 1;
    }
  }
  return scored ? Math.round((points / scored) * 10_000) / 10_000 : 1;
}
