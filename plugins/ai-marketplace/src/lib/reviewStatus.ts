import { DEFAULT_REVIEW_CADENCE } from '@ai-marketplace/plugin-ai-marketplace-common';
import { addIsoDuration } from './duration';

/** Where a prompt library stands against its review cadence. */
export interface ReviewStatus {
  /** The cadence that applies: the library's own, else the default (P90D). */
  cadence: string;
  /** The day (YYYY-MM-DD) the next review is due; undefined if unreadable. */
  dueOn?: string;
  /** True once the due day has passed. */
  overdue: boolean;
}

/** A date as YYYY-MM-DD in the reader's own calendar, the day they see. */
export function toLocalIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}`;
}

/**
 * Computes when a review is due (reviewedAt + cadence) and whether that day
 * has passed. Dates are compared as YYYY-MM-DD, so a review due today is not
 * yet overdue.
 */
export function getReviewStatus(
  reviewedAt: string,
  reviewCadence: string | undefined,
  today: string,
): ReviewStatus {
  const cadence = reviewCadence ?? DEFAULT_REVIEW_CADENCE;
  const due = addIsoDuration(new Date(`${reviewedAt}T00:00:00Z`), cadence);
  const dueOn =
    due && !Number.isNaN(due.getTime())
      ? due.toISOString().slice(0, 10)
      : undefined;
  return { cadence, dueOn, overdue: dueOn !== undefined && dueOn < today };
}
