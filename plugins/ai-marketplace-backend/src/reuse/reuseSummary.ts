import {
  REUSE_EVENT_TYPES,
  ReuseEventType,
  ReuseSummary,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { ReuseCounts } from '../database/ReuseEventStore';

/** The Monday (UTC) of the ISO week a `YYYY-MM-DD` day falls in. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

/**
 * A reuse summary from roll-up counts: totals by type, every team (the owner
 * marked), how many teams other than the owner used it, and the trend.
 */
export function buildReuseSummary(options: {
  entityRef: string;
  ownerRef: string;
  from: string;
  to: string;
  interval: 'day' | 'week';
  counts: ReuseCounts;
}): ReuseSummary {
  const { counts, ownerRef, interval } = options;
  const byType = Object.fromEntries(
    REUSE_EVENT_TYPES.map(type => [type, counts.byType[type] ?? 0]),
  ) as Record<ReuseEventType, number>;
  const teams = counts.byTeam.map(t => ({
    ...t,
    isOwner: t.teamRef === ownerRef,
  }));

  const trend = new Map<string, number>();
  for (const { day, events } of counts.byDay) {
    const period = interval === 'week' ? weekOf(day) : day;
    trend.set(period, (trend.get(period) ?? 0) + events);
  }

  return {
    entityRef: options.entityRef,
    from: options.from,
    to: options.to,
    total: Object.values(byType).reduce((sum, n) => sum + n, 0),
    byType,
    teams,
    consumingTeams: teams.filter(t => !t.isOwner).length,
    trend: [...trend].map(([period, events]) => ({ period, events })),
    interval,
  };
}
