import { addDays, utcDay } from '../service/window';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/**
 * The days the demo history covers: `days` UTC days ending today, today
 * only up to `now`.
 */
export class DemoPeriod {
  readonly start: Date;

  constructor(readonly now: Date, readonly days: number) {
    this.start = new Date(`${addDays(utcDay(now), -(days - 1))}T00:00:00Z`);
  }

  /** How far through the period a time is, 0 at the start and 1 now. */
  fraction(time: Date): number {
    const span = this.now.getTime() - this.start.getTime();
    return Math.min(
      1,
      Math.max(0, (time.getTime() - this.start.getTime()) / span),
    );
  }

  /** The start of each day, oldest first. */
  dayStarts(): Date[] {
    return Array.from(
      { length: this.days },
      (_, i) => new Date(this.start.getTime() + i * DAY_MS),
    );
  }

  /** A time shifted by a (fractional) number of days. */
  static plusDays(time: Date, days: number): Date {
    return new Date(time.getTime() + Math.round(days * DAY_MS));
  }
}

/** The later of two times. */
export function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** The earlier of two times. */
export function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
