import { subtractIsoDuration } from './isoDuration';

const at = (iso: string) => new Date(iso);

describe('subtractIsoDuration', () => {
  it.each([
    ['P30D', '2026-11-22T00:00:00Z', '2026-10-23T00:00:00Z'],
    ['P2W', '2026-11-22T00:00:00Z', '2026-11-08T00:00:00Z'],
    ['P1M', '2026-11-22T00:00:00Z', '2026-10-22T00:00:00Z'],
    ['P1M', '2026-03-31T00:00:00Z', '2026-02-28T00:00:00Z'],
    ['P1M', '2028-03-31T00:00:00Z', '2028-02-29T00:00:00Z'],
    ['P3M', '2026-01-15T00:00:00Z', '2025-10-15T00:00:00Z'],
    ['P1Y', '2026-11-22T00:00:00Z', '2025-11-22T00:00:00Z'],
    ['P1Y2M3D', '2026-11-22T00:00:00Z', '2025-09-19T00:00:00Z'],
    ['PT12H', '2026-11-22T00:00:00Z', '2026-11-21T12:00:00Z'],
    ['P1DT1H30M', '2026-11-22T00:00:00Z', '2026-11-20T22:30:00Z'],
    ['p7d', '2026-11-22T00:00:00Z', '2026-11-15T00:00:00Z'],
  ])('%s before %s is %s', (duration, end, start) => {
    expect(subtractIsoDuration(at(end), duration)?.toISOString()).toBe(
      at(start).toISOString(),
    );
  });

  it.each(['', 'P', '30D', 'P1.5D', 'PT', 'P1DT', 'monthly'])(
    'refuses %j',
    duration => {
      expect(
        subtractIsoDuration(at('2026-11-22T00:00:00Z'), duration),
      ).toBeUndefined();
    },
  );
});
