import { isoDurationDays } from './isoDurationDays';

describe('isoDurationDays', () => {
  it('reads date-only durations in days', () => {
    expect(isoDurationDays('P30D')).toBe(30);
    expect(isoDurationDays('P2W')).toBe(14);
    expect(isoDurationDays('P3M')).toBe(90);
    expect(isoDurationDays('P1Y2M3D')).toBe(365 + 60 + 3);
    expect(isoDurationDays(' p90d ')).toBe(90);
  });

  it('gives undefined for anything else', () => {
    for (const value of [
      undefined,
      '',
      'P',
      'P0D',
      'PT12H',
      '30 days',
      'P1.5D',
    ]) {
      expect([value, isoDurationDays(value)]).toEqual([value, undefined]);
    }
  });
});
