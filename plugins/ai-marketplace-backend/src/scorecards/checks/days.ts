const DAY_MS = 86_400_000;

/** Whole and fractional days from `then` to `now`. */
export function daysSince(then: Date, now: Date): number {
  return (now.getTime() - then.getTime()) / DAY_MS;
}

/** Days from a `YYYY-MM-DD` day (its start, UTC) to `now`. */
export function daysSinceDay(day: string, now: Date): number {
  return (now.getTime() - Date.parse(`${day}T00:00:00Z`)) / DAY_MS;
}

/** A number of days as people say it: `1 day`, `45 days`. */
export function dayCount(days: number): string {
  const whole = Math.floor(days);
  return `${whole} day${whole === 1 ? '' : 's'}`;
}
