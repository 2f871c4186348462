import { SeededRandom } from './SeededRandom';

const draw = (random: SeededRandom, n = 5) =>
  Array.from({ length: n }, () => random.next());

describe('SeededRandom', () => {
  it('repeats its sequence for the same seed, and differs for another', () => {
    expect(draw(new SeededRandom('a'))).toEqual(draw(new SeededRandom('a')));
    expect(draw(new SeededRandom('a'))).not.toEqual(
      draw(new SeededRandom('b')),
    );
    expect(draw(new SeededRandom('a'), 1000).every(x => x >= 0 && x < 1)).toBe(
      true,
    );
  });

  it('forks streams that do not depend on how much the parent drew', () => {
    const fresh = new SeededRandom('seed');
    const used = new SeededRandom('seed');
    draw(used, 17);
    expect(draw(used.fork('x'))).toEqual(draw(fresh.fork('x')));
    expect(draw(fresh.fork('x'))).not.toEqual(draw(fresh.fork('y')));
  });

  it('picks by weight, never an item of weight 0', () => {
    const random = new SeededRandom('weights');
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 10_000; i++) {
      counts[
        random.weighted(
          ['a', 'b', 'never'] as const,
          item => ({ a: 3, b: 1, never: 0 }[item]),
        )
      ]++;
    }
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.6);
    expect(counts.a / counts.b).toBeLessThan(3.4);
    expect(() => random.weighted(['a'], () => 0)).toThrow('weights are all 0');
  });

  it('draws Poisson counts around their mean, small and large', () => {
    const random = new SeededRandom('poisson');
    for (const mean of [0.5, 4, 80]) {
      const n = 5000;
      let total = 0;
      for (let i = 0; i < n; i++) {
        total += random.poisson(mean);
      }
      expect(Math.abs(total / n - mean)).toBeLessThan(0.05 * mean + 0.05);
    }
    expect(random.poisson(0)).toBe(0);
  });
});
