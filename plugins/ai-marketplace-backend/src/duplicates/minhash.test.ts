import { exactJaccard } from './jaccard';
import { createMinHasher, estimateJaccard } from './minhash';
import { wordShingles } from './shingles';

/** `count` distinct made-up words starting at `from`: "word17 word18 …". */
const words = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `word${from + i}`);

describe('createMinHasher', () => {
  const minHasher = createMinHasher();

  it('gives signatures of numHashes unsigned 32-bit values', () => {
    const signature = minHasher.signature(wordShingles('draft a first reply'));
    expect(signature).toBeInstanceOf(Uint32Array);
    expect(signature).toHaveLength(128);
    expect(createMinHasher(16).signature(wordShingles('a b c'))).toHaveLength(
      16,
    );
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const shingles = wordShingles(words(0, 50).join(' '));
    expect(createMinHasher(64, 7).signature(shingles)).toEqual(
      createMinHasher(64, 7).signature(shingles),
    );
    expect(createMinHasher(64, 7).signature(shingles)).not.toEqual(
      createMinHasher(64, 8).signature(shingles),
    );
  });

  it('rejects a signature length that is not a positive integer', () => {
    expect(() => createMinHasher(0)).toThrow(RangeError);
  });

  it('estimates 1 for identical texts, even formatted differently', () => {
    const a = minHasher.signature(
      wordShingles('Summarise {{ticket}} for the on-call engineer.'),
    );
    const b = minHasher.signature(
      wordShingles('summarise {{ message }} for the ON-CALL engineer'),
    );
    expect(estimateJaccard(a, b)).toBe(1);
  });

  it('estimates about 0 for texts without shared shingles', () => {
    const a = minHasher.signature(wordShingles(words(0, 80).join(' ')));
    const b = minHasher.signature(wordShingles(words(1000, 80).join(' ')));
    expect(estimateJaccard(a, b)).toBeLessThanOrEqual(0.03);
  });

  it.each([
    ['most words shared', 100, 10],
    ['about two thirds shared', 100, 20],
    ['half shared', 100, 35],
    ['a third shared', 100, 50],
    ['little shared', 60, 45],
  ])(
    'estimates within 0.1 of the exact similarity: %s',
    (_, length, replaced) => {
      // b keeps a's words except a block in the middle, replaced by new words.
      const a = words(0, length);
      const start = Math.floor((length - replaced) / 2);
      const b = [
        ...a.slice(0, start),
        ...words(5000, replaced),
        ...a.slice(start + replaced),
      ];
      const shinglesA = wordShingles(a.join(' '));
      const shinglesB = wordShingles(b.join(' '));
      const exact = exactJaccard(shinglesA, shinglesB);
      const estimate = estimateJaccard(
        minHasher.signature(shinglesA),
        minHasher.signature(shinglesB),
      );
      expect(exact).toBeGreaterThan(0.05);
      expect(exact).toBeLessThan(0.95);
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(0.1);
    },
  );
});

describe('estimateJaccard', () => {
  it('is the share of agreeing positions', () => {
    expect(
      estimateJaccard(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(1, 9, 3, 9)),
    ).toBe(0.5);
  });

  it('rejects signatures of different or zero length', () => {
    expect(() =>
      estimateJaccard(Uint32Array.of(1, 2), Uint32Array.of(1)),
    ).toThrow(RangeError);
    expect(() => estimateJaccard(Uint32Array.of(), Uint32Array.of())).toThrow(
      RangeError,
    );
  });
});
