/** UTC calendar days (`YYYY-MM-DD`), the unit of the backend's windows. */

const DAY_MS = 86_400_000;

/** The UTC day of a time. */
export function utcDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** A day shifted by a number of days (negative goes back). */
export function addUtcDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/**
 * The window of the last `days` days, today included, as the backend reads
 * `from` / `to`: the last 90 days are `from` 89 days ago `to` today.
 */
export function lastDays(days: number, now: Date = new Date()) {
  const to = utcDay(now);
  return { from: addUtcDays(to, -(days - 1)), to };
}

/** Whole days from a time to now, never negative: "how old is it". */
export function daysSince(iso: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));
}

/** "today", "yesterday", "12 days ago". */
export function formatAge(iso: string, now: Date = new Date()): string {
  const days = daysSince(iso, now);
  if (days === 0) {
    return 'today';
  }
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
