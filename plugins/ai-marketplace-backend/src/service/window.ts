import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** The default KPI window: the last 30 days, today included. */
export const DEFAULT_WINDOW_DAYS = 30;
/** The longest window a read may ask for. */
export const MAX_WINDOW_DAYS = 366;

const DAY_MS = 86_400_000;

/** `from` / `to` query fields: UTC days, `YYYY-MM-DD`, both optional. */
export const windowQueryFields = {
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
};

/** The UTC day of a time, `YYYY-MM-DD`. */
export function utcDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` day shifted by a number of days. */
export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

function daysBetween(from: string, to: string): number {
  return (
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS
  );
}

/**
 * An inclusive window of UTC days from optional `from` / `to`: `to` defaults
 * to today, `from` to 30 days back from `to`. Errors name the field.
 */
export function parseWindow(
  query: { from?: string; to?: string },
  now: Date,
): { from: string; to: string } {
  const to = query.to ?? utcDay(now);
  const from = query.from ?? addDays(to, -(DEFAULT_WINDOW_DAYS - 1));
  if (daysBetween(from, to) < 0) {
    throw new InputError(`from: ${from} is after to: ${to}`);
  }
  if (daysBetween(from, to) >= MAX_WINDOW_DAYS) {
    throw new InputError(
      `from: the window may span at most ${MAX_WINDOW_DAYS} days`,
    );
  }
  return { from, to };
}

/** The window as instants: `[start of from, start of the day after to)`. */
export function windowBounds(window: { from: string; to: string }): {
  start: Date;
  end: Date;
} {
  return {
    start: new Date(`${window.from}T00:00:00Z`),
    end: new Date(`${addDays(window.to, 1)}T00:00:00Z`),
  };
}
