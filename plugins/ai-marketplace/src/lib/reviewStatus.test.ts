import { getReviewStatus, toLocalIsoDate } from './reviewStatus';

describe('getReviewStatus', () => {
  it('is due reviewedAt + cadence, and overdue only after that day', () => {
    expect(getReviewStatus('2026-09-01', 'P90D', '2026-11-30')).toEqual({
      cadence: 'P90D',
      dueOn: '2026-11-30',
      overdue: false,
    });
    expect(getReviewStatus('2026-09-01', 'P90D', '2026-12-01').overdue).toBe(
      true,
    );
  });

  it('uses the default cadence of 90 days when the library declares none', () => {
    expect(getReviewStatus('2026-01-01', undefined, '2026-01-02')).toEqual({
      cadence: 'P90D',
      dueOn: '2026-04-01',
      overdue: false,
    });
  });

  it('is never overdue when the dates cannot be read', () => {
    expect(getReviewStatus('2026-01-01', 'quarterly', '2030-01-01')).toEqual({
      cadence: 'quarterly',
      dueOn: undefined,
      overdue: false,
    });
    expect(getReviewStatus('soon', 'P90D', '2030-01-01').overdue).toBe(false);
  });
});

describe('toLocalIsoDate', () => {
  it('writes the local calendar day', () => {
    expect(toLocalIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
