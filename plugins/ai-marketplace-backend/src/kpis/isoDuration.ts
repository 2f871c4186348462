const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * The instant an ISO-8601 duration (`P30D`, `P1M`, `P1Y2M`, `PT12H`, as the
 * catalog's `errorBudget.period` allows) before `end`, in UTC calendar terms:
 * years and months move the calendar month and keep the day, clamped to the
 * month's last day (31 March minus `P1M` is 28 or 29 February); weeks, days
 * and time are exact. Undefined for anything that is not such a duration.
 */
export function subtractIsoDuration(
  end: Date,
  duration: string,
): Date | undefined {
  const match = DURATION.exec(duration.trim().toUpperCase());
  if (!match) {
    return undefined;
  }
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map(part => Number(part ?? 0));
  const totalMonths =
    end.getUTCFullYear() * 12 + end.getUTCMonth() - years * 12 - months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12;
  const start = new Date(
    Date.UTC(
      year,
      month,
      Math.min(end.getUTCDate(), daysInMonth(year, month)),
      end.getUTCHours(),
      end.getUTCMinutes(),
      end.getUTCSeconds(),
      end.getUTCMilliseconds(),
    ),
  );
  return new Date(
    start.getTime() -
      ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) *
        1000,
  );
}
