import {
  addDays,
  splitWindow,
  windowEndingToday,
  windowLength,
} from './kpiWindow';

describe('kpiWindow', () => {
  it('counts both ends of a window', () => {
    expect(windowLength({ from: '2026-03-01', to: '2026-03-01' })).toBe(1);
    expect(windowLength({ from: '2026-02-27', to: '2026-03-02' })).toBe(4);
  });

  it('ends the last N days today, in UTC', () => {
    const now = new Date('2026-11-21T23:30:00Z');
    expect(windowEndingToday(30, now)).toEqual({
      from: '2026-10-23',
      to: '2026-11-21',
    });
    expect(windowLength(windowEndingToday(90, now))).toBe(90);
  });

  it('moves days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('splits a window into consecutive parts that cover it exactly', () => {
    const parts = splitWindow({ from: '2026-10-23', to: '2026-11-21' }, 6);
    expect(parts).toHaveLength(6);
    expect(parts[0]).toEqual({ from: '2026-10-23', to: '2026-10-27' });
    expect(parts[5]).toEqual({ from: '2026-11-17', to: '2026-11-21' });
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i].from).toBe(addDays(parts[i - 1].to, 1));
    }
  });

  it('gives the extra days of an uneven split to the oldest parts', () => {
    const parts = splitWindow({ from: '2026-01-01', to: '2026-01-08' }, 3);
    expect(parts.map(windowLength)).toEqual([3, 3, 2]);
    expect(parts[2].to).toBe('2026-01-08');
  });

  it('never makes a part shorter than a day', () => {
    const parts = splitWindow({ from: '2026-01-01', to: '2026-01-02' }, 6);
    expect(parts).toEqual([
      { from: '2026-01-01', to: '2026-01-01' },
      { from: '2026-01-02', to: '2026-01-02' },
    ]);
  });
});
