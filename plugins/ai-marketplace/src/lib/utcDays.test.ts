import { addUtcDays, daysSince, formatAge, lastDays, utcDay } from './utcDays';

describe('utcDays', () => {
  const now = new Date('2026-11-20T10:00:00Z');

  it('shifts days across month and year ends', () => {
    expect(addUtcDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addUtcDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(utcDay(now)).toBe('2026-11-20');
  });

  it('reads "the last 90 days" with today included', () => {
    expect(lastDays(90, now)).toEqual({ from: '2026-08-23', to: '2026-11-20' });
    expect(lastDays(1, now)).toEqual({ from: '2026-11-20', to: '2026-11-20' });
  });

  it('says how old something is', () => {
    expect(formatAge('2026-11-20T08:00:00Z', now)).toBe('today');
    expect(formatAge('2026-11-19T08:00:00Z', now)).toBe('yesterday');
    expect(formatAge('2026-11-08T10:00:00Z', now)).toBe('12 days ago');
    expect(daysSince('2026-12-01T00:00:00Z', now)).toBe(0);
  });
});
