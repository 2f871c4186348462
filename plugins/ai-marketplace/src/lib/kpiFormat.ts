import { DayWindow } from './kpiWindow';

/** A share 0..1 as a whole percentage: 0.423 is "42%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A change of a share in percentage points: 0.05 is "5 pts". */
export function formatPoints(change: number): string {
  return `${Math.round(change * 100)} pts`;
}

/** Days to one decimal, the decimal dropped when whole: "1 day", "3.5 days". */
export function formatDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

const SHORT_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** A `YYYY-MM-DD` day as "23 Oct". */
export function formatShortDay(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T00:00:00Z`));
}

/** A window as "23 Oct – 27 Oct", or one day as "23 Oct". */
export function formatPeriod(window: DayWindow): string {
  return window.from === window.to
    ? formatShortDay(window.from)
    : `${formatShortDay(window.from)} – ${formatShortDay(window.to)}`;
}
