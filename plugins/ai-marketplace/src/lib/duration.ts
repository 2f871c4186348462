/**
 * ISO-8601 durations as our kinds write them (P30D, P3M, P1Y, P2W, PT12H):
 * parsed into parts, said in plain words, and added to dates.
 */

// Same shape as the `duration` definition of the kind schemas.
const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const UNITS = [
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
] as const;

type DurationParts = Record<(typeof UNITS)[number], number>;

function parseIsoDuration(value: string): DurationParts | undefined {
  const match = ISO_DURATION.exec(value);
  if (!match) {
    return undefined;
  }
  const parts = {} as DurationParts;
  UNITS.forEach((unit, i) => {
    parts[unit] = Number(match[i + 1] ?? 0);
  });
  return parts;
}

/**
 * Says a duration in words: "P30D" is "30 days", "P1Y2M" is "1 year 2 months".
 * A value that is not a duration is returned as written.
 */
export function formatIsoDuration(value: string): string {
  const parts = parseIsoDuration(value);
  if (!parts) {
    return value;
  }
  const words = UNITS.filter(unit => parts[unit] > 0).map(
    unit => `${parts[unit]} ${parts[unit] === 1 ? unit : `${unit}s`}`,
  );
  return words.length > 0 ? words.join(' ') : '0 days';
}

/**
 * Says a duration as the period after "per" or "every": "P1M" is "month"
 * (not "1 month"), "P30D" stays "30 days".
 */
export function formatIsoPeriod(value: string): string {
  const words = formatIsoDuration(value);
  return /^1 [a-z]+$/.test(words) ? words.slice(2) : words;
}

/**
 * Adds a duration to a date, in UTC calendar terms (P1M from 2026-01-15 is
 * 2026-02-15). Returns undefined when the duration cannot be read.
 */
export function addIsoDuration(date: Date, value: string): Date | undefined {
  const parts = parseIsoDuration(value);
  if (!parts) {
    return undefined;
  }
  return new Date(
    Date.UTC(
      date.getUTCFullYear() + parts.year,
      date.getUTCMonth() + parts.month,
      date.getUTCDate() + parts.week * 7 + parts.day,
      date.getUTCHours() + parts.hour,
      date.getUTCMinutes() + parts.minute,
      date.getUTCSeconds() + parts.second,
    ),
  );
}
