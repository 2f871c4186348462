import {
  CheckStatus,
  EntityScorecard,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { StoredScorecardDay } from '../database/ScorecardStore';
import { CheckRegistry } from './checkRegistry';
import { levelOf } from './levels';

/**
 * A stored result as the API shows it: checks in catalogue order with their
 * titles (a check no longer registered keeps its id as title, last), and
 * the level and next-level list under the levels configured now.
 */
export function toEntityScorecard(
  stored: StoredScorecardDay,
  registry: CheckRegistry,
): EntityScorecard {
  const order = new Map(registry.checks.map((c, i) => [c.id, i]));
  const position = (id: string) => order.get(id) ?? order.size;
  const checks = [...stored.results]
    .sort(
      (a, b) =>
        position(a.checkId) - position(b.checkId) ||
        a.checkId.localeCompare(b.checkId),
    )
    .map(result => ({
      ...result,
      title: registry.byId.get(result.checkId)?.title ?? result.checkId,
    }));
  const byId = new Map(checks.map(c => [c.checkId, c]));
  const { level, next } = levelOf(
    new Map<string, CheckStatus>(checks.map(c => [c.checkId, c.status])),
    registry.levels,
  );
  return {
    entityRef: stored.entityRef,
    kind: stored.kind,
    ownerRef: stored.ownerRef,
    day: stored.day,
    computedAt: stored.computedAt.toISOString(),
    level,
    score: stored.score,
    nextLevel: next && {
      level: next.level,
      missing: next.missing.map(
        id =>
          byId.get(id) ?? {
            checkId: id,
            title: registry.byId.get(id)?.title ?? id,
            status: 'fail',
            reason: 'Not computed yet: the check was added after this result',
            fix: 'Recompute the scorecard',
          },
      ),
    },
    checks,
  };
}
