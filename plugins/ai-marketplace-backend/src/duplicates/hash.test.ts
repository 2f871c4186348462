import { hashString, mix32, seededRandom32 } from './hash';

describe('hashString', () => {
  it('gives unsigned 32-bit integers, equal for equal strings', () => {
    const hash = hashString('review the pull request');
    expect(Number.isInteger(hash)).toBe(true);
    expect(hash).toBeGreaterThanOrEqual(0);
    expect(hash).toBeLessThanOrEqual(0xffffffff);
    expect(hashString('review the pull request')).toBe(hash);
  });

  it('separates strings differing in one character and seeds', () => {
    expect(hashString('draft a reply')).not.toBe(hashString('draft a replz'));
    expect(hashString('draft a reply', 1)).not.toBe(
      hashString('draft a reply', 2),
    );
  });

  it('spreads 10,000 similar strings without collisions', () => {
    const hashes = new Set(
      Array.from({ length: 10_000 }, (_, i) => hashString(`ticket ${i}`)),
    );
    expect(hashes.size).toBe(10_000);
  });
});

describe('mix32', () => {
  it('is a bijection on a sample (no two inputs share an output)', () => {
    const outputs = new Set(Array.from({ length: 65_536 }, (_, i) => mix32(i)));
    expect(outputs.size).toBe(65_536);
  });
});

describe('seededRandom32', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const take = (seed: number) => {
      const random = seededRandom32(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    expect(take(42).every(value => value >= 0 && value <= 0xffffffff)).toBe(
      true,
    );
  });
});
