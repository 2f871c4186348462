import { addIsoDuration, formatIsoDuration, formatIsoPeriod } from './duration';

describe('formatIsoDuration', () => {
  it.each([
    ['P30D', '30 days'],
    ['P1D', '1 day'],
    ['P3M', '3 months'],
    ['P1Y', '1 year'],
    ['P2W', '2 weeks'],
    ['P1Y2M', '1 year 2 months'],
    ['PT12H', '12 hours'],
    ['P0D', '0 days'],
  ])('says %s as "%s"', (value, words) => {
    expect(formatIsoDuration(value)).toBe(words);
  });

  it('returns a value that is not a duration as written', () => {
    expect(formatIsoDuration('monthly')).toBe('monthly');
    expect(formatIsoDuration('P')).toBe('P');
  });
});

describe('formatIsoPeriod', () => {
  it('drops the "1" of a single unit, so it reads after "per"', () => {
    expect(formatIsoPeriod('P1M')).toBe('month');
    expect(formatIsoPeriod('P30D')).toBe('30 days');
    expect(formatIsoPeriod('P1Y1D')).toBe('1 year 1 day');
  });
});

describe('addIsoDuration', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it.each([
    ['2026-09-01', 'P90D', '2026-11-30'],
    ['2026-01-15', 'P1M', '2026-02-15'],
    ['2026-11-15', 'P3M', '2027-02-15'],
    ['2024-02-29', 'P1Y', '2025-03-01'],
    ['2026-12-28', 'P2W', '2027-01-11'],
  ])('%s + %s is %s', (start, duration, end) => {
    expect(addIsoDuration(day(start), duration)?.toISOString()).toBe(
      day(end).toISOString(),
    );
  });

  it('returns undefined for a value that is not a duration', () => {
    expect(addIsoDuration(day('2026-01-01'), '90 days')).toBeUndefined();
  });
});
