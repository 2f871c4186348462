import { mondayOf, weeklyTrend } from './weeklyTrend';

describe('weeklyTrend', () => {
  it('keys a day by the Monday of its week', () => {
    expect(mondayOf('2026-11-20')).toBe('2026-11-16'); // a Friday
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
  });

  it('lists every week of the window, quiet weeks as 0', () => {
    expect(
      weeklyTrend({
        from: '2026-10-28',
        to: '2026-11-20',
        trend: [
          { period: '2026-10-26', events: 4 },
          { period: '2026-11-16', events: 7 },
        ],
      }),
    ).toEqual([
      { week: '2026-10-26', events: 4 },
      { week: '2026-11-02', events: 0 },
      { week: '2026-11-09', events: 0 },
      { week: '2026-11-16', events: 7 },
    ]);
  });
});
