import {
  CHECK_STATUSES,
  CheckStatus,
  ScorecardCheckRollup,
  ScorecardGrouping,
  ScorecardGroupRollup,
  ScorecardRollup,
  ScorecardRollupTrend,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  ScorecardRollupCounts,
  ScorecardRollupHistoryCounts,
  StatusCounts,
} from '../database/ScorecardStore';
import { CheckRegistry } from './checkRegistry';

/** The level key of assets below the first level. */
export const NO_LEVEL = 'none';

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function noCounts(): StatusCounts {
  return Object.fromEntries(CHECK_STATUSES.map(s => [s, 0])) as StatusCounts;
}

/** pass / (pass + fail + stale): exempt and not-applicable say nothing about readiness. */
export function passRateOf(counts: StatusCounts): number | null {
  const judged = counts.pass + counts.fail + counts.stale;
  return judged ? round(counts.pass / judged) : null;
}

/** Configured level ids, then any older stored ones, then `none`. */
function levelIdsOf(
  registry: CheckRegistry,
  stored: Array<string | null>,
): string[] {
  const configured = registry.levels.map(l => l.id);
  const older = [
    ...new Set(
      stored.filter((l): l is string => l !== null && !configured.includes(l)),
    ),
  ].sort();
  return [...configured, ...older, NO_LEVEL];
}

const zeroes = (ids: string[]) =>
  Object.fromEntries(ids.map(id => [id, 0])) as Record<string, number>;

/**
 * A roll-up from per-group counts: per group, assets at each level (and
 * their shares), the mean score, and each check's status counts and pass
 * rate, checks in catalogue order. Groups sorted by key.
 */
export function buildScorecardRollup(options: {
  groupBy: ScorecardGrouping;
  day: string | null;
  counts: ScorecardRollupCounts;
  registry: CheckRegistry;
}): ScorecardRollup {
  const { counts, registry } = options;
  const levelIds = levelIdsOf(
    registry,
    counts.levels.map(l => l.level),
  );
  const order = new Map(registry.checks.map((c, i) => [c.id, i]));
  const groups = new Map<
    string,
    {
      assets: number;
      scoreSum: number;
      levels: Record<string, number>;
      checks: Map<string, StatusCounts>;
    }
  >();
  const groupOf = (key: string) => {
    let group = groups.get(key);
    if (!group) {
      group = {
        assets: 0,
        scoreSum: 0,
        levels: zeroes(levelIds),
        checks: new Map(),
      };
      groups.set(key, group);
    }
    return group;
  };
  for (const row of counts.levels) {
    const group = groupOf(row.key);
    group.assets += row.assets;
    group.scoreSum += row.scoreSum;
    group.levels[row.level ?? NO_LEVEL] += row.assets;
  }
  for (const row of counts.checks) {
    const group = groupOf(row.key);
    const checkCounts = group.checks.get(row.checkId) ?? noCounts();
    checkCounts[row.status as CheckStatus] += row.count;
    group.checks.set(row.checkId, checkCounts);
  }
  const rollups: ScorecardGroupRollup[] = [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => ({
      key,
      assets: group.assets,
      levels: group.levels,
      levelShares: Object.fromEntries(
        levelIds.map(id => [
          id,
          group.assets ? round(group.levels[id] / group.assets) : 0,
        ]),
      ),
      meanScore: group.assets ? round(group.scoreSum / group.assets) : 0,
      checks: [...group.checks]
        .sort(
          ([a], [b]) =>
            (order.get(a) ?? order.size) - (order.get(b) ?? order.size) ||
            a.localeCompare(b),
        )
        .map(
          ([checkId, checkCounts]): ScorecardCheckRollup => ({
            checkId,
            counts: checkCounts,
            passRate: passRateOf(checkCounts),
          }),
        ),
    }));
  return {
    groupBy: options.groupBy,
    day: options.day,
    levelIds,
    groups: rollups,
  };
}

/** A group's trend from per-day counts: assets per level, mean score, pass rate; oldest day first. */
export function buildRollupTrend(options: {
  groupBy: ScorecardGrouping;
  key: string;
  from: string;
  to: string;
  counts: ScorecardRollupHistoryCounts;
  registry: CheckRegistry;
}): ScorecardRollupTrend {
  const { counts } = options;
  const levelIds = levelIdsOf(
    options.registry,
    counts.levels.map(l => l.level),
  );
  const days = new Map<
    string,
    {
      assets: number;
      scoreSum: number;
      levels: Record<string, number>;
      statuses: StatusCounts;
    }
  >();
  const dayOf = (day: string) => {
    let entry = days.get(day);
    if (!entry) {
      entry = {
        assets: 0,
        scoreSum: 0,
        levels: zeroes(levelIds),
        statuses: noCounts(),
      };
      days.set(day, entry);
    }
    return entry;
  };
  for (const row of counts.levels) {
    const entry = dayOf(row.day);
    entry.assets += row.assets;
    entry.scoreSum += row.scoreSum;
    entry.levels[row.level ?? NO_LEVEL] += row.assets;
  }
  for (const row of counts.statuses) {
    dayOf(row.day).statuses[row.status] += row.count;
  }
  return {
    groupBy: options.groupBy,
    key: options.key,
    from: options.from,
    to: options.to,
    levelIds,
    days: [...days]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, entry]) => ({
        day,
        assets: entry.assets,
        levels: entry.levels,
        meanScore: entry.assets ? round(entry.scoreSum / entry.assets) : 0,
        passRate: passRateOf(entry.statuses),
      })),
  };
}
