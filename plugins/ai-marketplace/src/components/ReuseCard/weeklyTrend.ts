import type { ReuseSummary } from '@ai-marketplace/plugin-ai-marketplace-common';
import { addUtcDays } from '../../lib/utcDays';

/** The Monday (UTC) of the ISO week a day falls in, as the backend keys weeks. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return addUtcDays(day, -((date.getUTCDay() + 6) % 7));
}

/**
 * Every week of the window with its events, quiet weeks as 0: the backend
 * lists only weeks that had events, and a chart that skips them lies about
 * the trend.
 */
export function weeklyTrend(
  summary: Pick<ReuseSummary, 'from' | 'to' | 'trend'>,
): Array<{ week: string; events: number }> {
  const events = new Map(summary.trend.map(p => [p.period, p.events]));
  const weeks: Array<{ week: string; events: number }> = [];
  const last = mondayOf(summary.to);
  for (
    let week = mondayOf(summary.from);
    week <= last;
    week = addUtcDays(week, 7)
  ) {
    weeks.push({ week, events: events.get(week) ?? 0 });
  }
  return weeks;
}
