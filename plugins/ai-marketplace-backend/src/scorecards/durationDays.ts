/** The ISO-8601 durations the kinds' schemas allow: `P30D`, `P3M`, `P1Y2M`, `PT12H`. */
const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const cache = new Map<string, number | undefined>();

function parse(duration: string): number | undefined {
  const match = DURATION.exec(duration.trim().toUpperCase());
  if (!match) {
    return undefined;
  }
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map(part => Number(part ?? 0));
  // Calendar units as fixed lengths: cadences are rules of thumb, not dates.
  const total =
    years * 365 +
    months * 30 +
    weeks * 7 +
    days +
    hours / 24 +
    minutes / 1440 +
    seconds / 86400;
  return total > 0 ? total : undefined;
}

/**
 * The length in days of an ISO-8601 duration (a month counts 30 days, a year
 * 365), or undefined when it is not one or is zero. Cached: a run over the
 * catalog meets the same few cadences thousands of times.
 */
export function durationDays(duration: string | undefined): number | undefined {
  if (duration === undefined) {
    return undefined;
  }
  if (!cache.has(duration)) {
    if (cache.size > 10_000) {
      cache.clear();
    }
    cache.set(duration, parse(duration));
  }
  return cache.get(duration);
}
