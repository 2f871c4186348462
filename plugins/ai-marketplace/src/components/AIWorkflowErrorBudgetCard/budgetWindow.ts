import { addUtcDays, utcDay } from '../../lib/utcDays';

const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** The longest window the backend lists incidents over, in days. */
export const LONGEST_WINDOW_DAYS = 366;

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/**
 * The UTC days an error-budget period covers when it ends today, as the
 * backend's error-budget KPI counts it: the period is taken back from the end
 * of today, months and years on the calendar (31 March minus P1M starts on
 * 1 March, the day after 28/29 February). Undefined when the period is not an
 * ISO-8601 duration. A period longer than the backend's longest window is cut
 * to it, and says so.
 */
export function budgetWindow(
  period: string,
  now: Date = new Date(),
): { from: string; to: string; truncated: boolean } | undefined {
  const match = DURATION.exec(period.trim().toUpperCase());
  if (!match) {
    return undefined;
  }
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map(part => Number(part ?? 0));
  const to = utcDay(now);
  const end = new Date(`${addUtcDays(to, 1)}T00:00:00Z`);
  const totalMonths =
    end.getUTCFullYear() * 12 + end.getUTCMonth() - years * 12 - months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12;
  const calendarStart = Date.UTC(
    year,
    month,
    Math.min(end.getUTCDate(), daysInMonth(year, month)),
  );
  const start = new Date(
    calendarStart -
      ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) *
        1000,
  );
  if (start.getTime() >= end.getTime()) {
    return undefined;
  }
  const earliest = addUtcDays(to, -(LONGEST_WINDOW_DAYS - 1));
  const from = utcDay(start);
  return from < earliest
    ? { from: earliest, to, truncated: true }
    : { from, to, truncated: false };
}
