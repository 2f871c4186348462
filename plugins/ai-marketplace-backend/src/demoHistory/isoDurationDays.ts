const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * The length in days of a date-only ISO-8601 duration such as `P30D`, `P2W`,
 * `P3M` (a month counts 30 days, a year 365), or undefined when it is not
 * one. Error-budget periods and cadences in the catalog use this form.
 */
export function isoDurationDays(
  duration: string | undefined,
): number | undefined {
  const match = duration ? DURATION.exec(duration.trim().toUpperCase()) : null;
  if (!match || match.slice(1).every(part => part === undefined)) {
    return undefined;
  }
  const [years, months, weeks, days] = match
    .slice(1)
    .map(part => Number(part ?? 0));
  const total = years * 365 + months * 30 + weeks * 7 + days;
  return total > 0 ? total : undefined;
}
