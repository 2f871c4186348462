/**
 * KPI windows as the backend reads them: inclusive spans of UTC days,
 * `YYYY-MM-DD`, at most 366 days long.
 */

/** An inclusive span of UTC days. */
export type DayWindow = { from: string; to: string };

const DAY_MS = 86_400_000;

/** The UTC day of an instant, `YYYY-MM-DD` (the backend's calendar). */
export function utcDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` day moved by a whole number of days. */
export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Days in an inclusive window: 2026-01-01..2026-01-01 is 1. */
export function windowLength(window: DayWindow): number {
  return (
    Math.round(
      (Date.parse(`${window.to}T00:00:00Z`) -
        Date.parse(`${window.from}T00:00:00Z`)) /
        DAY_MS,
    ) + 1
  );
}

/** The last `days` days, today (UTC) included. */
export function windowEndingToday(days: number, now = new Date()): DayWindow {
  const to = utcDay(now);
  return { from: addDays(to, -(days - 1)), to };
}

/**
 * Splits a window into `parts` consecutive sub-windows that cover it
 * exactly, oldest first. When the days do not divide evenly the first
 * sub-windows are one day longer, so the latest points compare like with
 * like. A window shorter than `parts` days gives one sub-window per day.
 */
export function splitWindow(window: DayWindow, parts: number): DayWindow[] {
  const days = windowLength(window);
  const count = Math.max(1, Math.min(parts, days));
  const base = Math.floor(days / count);
  const longer = days % count;
  const result: DayWindow[] = [];
  let from = window.from;
  for (let i = 0; i < count; i++) {
    const length = base + (i < longer ? 1 : 0);
    const to = addDays(from, length - 1);
    result.push({ from, to });
    from = addDays(to, 1);
  }
  return result;
}
