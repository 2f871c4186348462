import { durationDays } from './durationDays';

describe('durationDays', () => {
  it('reads the date and time parts of a duration', () => {
    expect(durationDays('P30D')).toBe(30);
    expect(durationDays('P2W')).toBe(14);
    expect(durationDays('P3M')).toBe(90);
    expect(durationDays('P1Y')).toBe(365);
    expect(durationDays('P1DT12H')).toBe(1.5);
    expect(durationDays('p90d')).toBe(90);
  });

  it('gives undefined for what is not a positive duration', () => {
    expect(durationDays(undefined)).toBeUndefined();
    expect(durationDays('P')).toBeUndefined();
    expect(durationDays('P0D')).toBeUndefined();
    expect(durationDays('30 days')).toBeUndefined();
    expect(durationDays('PT')).toBeUndefined();
  });
});
