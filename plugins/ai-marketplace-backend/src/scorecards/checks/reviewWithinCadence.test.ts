import {
  check,
  daysAgo,
  library,
  workflow,
} from '../__testUtils__/readinessFixtures';
import { reviewWithinCadence } from './reviewWithinCadence';

describe('review-within-cadence', () => {
  it('passes when the last review is within the cadence', () => {
    expect(check(reviewWithinCadence, library())).toEqual({
      status: 'pass',
      reason: 'Reviewed on 2026-10-01, within its 90 days cadence',
    });
  });

  it('takes the later of spec.reviewedAt and the last "reviewed" decision', () => {
    const overdue = library({ reviewedAt: '2026-01-01' });
    expect(
      check(reviewWithinCadence, overdue, {
        records: { lastReviewedAt: daysAgo(10) },
      }).status,
    ).toBe('pass');
    expect(
      check(reviewWithinCadence, library({ reviewedAt: undefined }), {
        records: { lastReviewedAt: daysAgo(10) },
      }).status,
    ).toBe('pass');
  });

  it('fails when it was never reviewed', () => {
    expect(
      check(reviewWithinCadence, library({ reviewedAt: undefined })).reason,
    ).toBe('Never reviewed');
  });

  it('is stale when the review is overdue, by its own cadence or the default', () => {
    expect(
      check(reviewWithinCadence, library({ reviewCadence: 'P30D' })),
    ).toMatchObject({
      status: 'stale',
      reason:
        'Last reviewed on 2026-10-01, 51 days ago; the cadence is 30 days',
    });
    expect(
      check(
        reviewWithinCadence,
        library({ reviewedAt: '2026-08-01', reviewCadence: undefined }),
      ).status,
    ).toBe('stale');
  });

  it('is not applicable to a workflow', () => {
    expect(check(reviewWithinCadence, workflow()).status).toBe(
      'not-applicable',
    );
  });
});
