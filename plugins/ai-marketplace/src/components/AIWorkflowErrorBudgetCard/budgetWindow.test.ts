import { budgetWindow } from './budgetWindow';

describe('budgetWindow', () => {
  const now = new Date('2026-03-31T15:00:00Z');

  it('covers the last 30 days for P30D, today included', () => {
    expect(budgetWindow('P30D', now)).toEqual({
      from: '2026-03-02',
      to: '2026-03-31',
      truncated: false,
    });
  });

  it('takes months back on the calendar, clamped to the month end', () => {
    // The period ends at the start of 1 April; a month before is 1 March.
    expect(budgetWindow('P1M', now)?.from).toBe('2026-03-01');
    expect(budgetWindow('P1M', new Date('2026-03-30T08:00:00Z'))?.from).toBe(
      '2026-02-28',
    );
    expect(budgetWindow('P1W', now)?.from).toBe('2026-03-25');
  });

  it('cuts a period longer than the backend reads, and says so', () => {
    expect(budgetWindow('P2Y', now)).toEqual({
      from: '2025-03-31',
      to: '2026-03-31',
      truncated: true,
    });
  });

  it('reads only ISO-8601 durations', () => {
    expect(budgetWindow('monthly', now)).toBeUndefined();
    expect(budgetWindow('P0D', now)).toBeUndefined();
  });
});
