import {
  formatDays,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatShortDay,
} from './kpiFormat';

describe('kpiFormat', () => {
  it('formats shares and their changes', () => {
    expect(formatPercent(0.423)).toBe('42%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPoints(0.051)).toBe('5 pts');
  });

  it('formats days to one decimal', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(3.46)).toBe('3.5 days');
    expect(formatDays(12)).toBe('12 days');
  });

  it('formats UTC days and periods', () => {
    expect(formatShortDay('2026-10-23')).toBe('23 Oct');
    expect(formatPeriod({ from: '2026-10-23', to: '2026-10-27' })).toBe(
      '23 Oct – 27 Oct',
    );
    expect(formatPeriod({ from: '2026-10-23', to: '2026-10-23' })).toBe(
      '23 Oct',
    );
  });
});
