import { durationDays } from '../durationDays';
import { dayCount, daysSince } from './days';
import { libraryCheck } from './defineCheck';
import { fail, pass, stale } from './outcomes';

/**
 * The library was reviewed within its cadence (spec.reviewCadence, else the
 * configured default, P90D). The review is the later of spec.reviewedAt and
 * the latest `reviewed` curation decision; an overdue review is `stale`.
 */
export const reviewWithinCadence = libraryCheck({
  id: 'review-within-cadence',
  title: 'Reviewed within its cadence',
  description:
    'The latest review (spec.reviewedAt or a guild lead\'s "reviewed" curation decision) is younger than spec.reviewCadence (default P90D). Overdue is stale.',
  evaluate(library, { records, settings, now }) {
    const declared = library.spec.reviewedAt
      ? new Date(`${library.spec.reviewedAt}T00:00:00Z`)
      : undefined;
    const curated = records.lastReviewedAt;
    const reviewed =
      declared && curated
        ? new Date(Math.max(declared.getTime(), curated.getTime()))
        : declared ?? curated;
    if (!reviewed || Number.isNaN(reviewed.getTime())) {
      return fail(
        'Never reviewed',
        'Review the library, then record it (a "reviewed" curation decision or spec.reviewedAt)',
      );
    }
    const age = daysSince(reviewed, now);
    const cadence =
      durationDays(library.spec.reviewCadence) ??
      settings.defaultCadenceDays.review;
    const on = reviewed.toISOString().slice(0, 10);
    if (age > cadence) {
      return stale(
        `Last reviewed on ${on}, ${dayCount(
          age,
        )} ago; the cadence is ${dayCount(cadence)}`,
        'Review the prompts (still correct, still used, still safe) and record the review',
      );
    }
    return pass(`Reviewed on ${on}, within its ${dayCount(cadence)} cadence`);
  },
});
