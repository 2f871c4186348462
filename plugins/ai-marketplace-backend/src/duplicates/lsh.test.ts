import { seededRandom32 } from './hash';
import {
  findSimilarPairs,
  lshCandidatePairs,
  lshCatchProbability,
} from './lsh';
import { createMinHasher } from './minhash';
import { wordShingles } from './shingles';

const minHasher = createMinHasher();

/** A text of `length` words drawn from a 2,000-word vocabulary. */
function randomText(random: () => number, length: number): string {
  return Array.from({ length }, () => `term${random() % 2000}`).join(' ');
}

function documentOf(text: string) {
  const shingles = wordShingles(text);
  return { shingles, signature: minHasher.signature(shingles) };
}

describe('lshCatchProbability', () => {
  it('follows the S-curve 1 - (1 - s^r)^b', () => {
    expect(lshCatchProbability(0.6, 32, 4)).toBeCloseTo(
      1 - (1 - 0.6 ** 4) ** 32,
      12,
    );
    expect(lshCatchProbability(0.6, 32, 4)).toBeGreaterThan(0.98);
    expect(lshCatchProbability(0.1, 32, 4)).toBeLessThan(0.01);
    expect(lshCatchProbability(1, 32, 4)).toBe(1);
    expect(lshCatchProbability(0, 32, 4)).toBe(0);
  });
});

describe('lshCandidatePairs', () => {
  it('pairs signatures that agree on every row of one band, once', () => {
    const signatures = [
      Uint32Array.of(1, 2, 3, 4),
      Uint32Array.of(1, 2, 9, 9), // band 0 as in #0
      Uint32Array.of(7, 7, 3, 4), // band 1 as in #0
      Uint32Array.of(1, 9, 9, 4), // no whole band in common
      Uint32Array.of(1, 2, 3, 4), // both bands as in #0
    ];
    expect(lshCandidatePairs(signatures, 2)).toEqual([
      [0, 1],
      [0, 4],
      [1, 4],
      [0, 2],
      [2, 4],
    ]);
  });

  it('rejects bands that do not divide the signature length', () => {
    expect(() => lshCandidatePairs([Uint32Array.of(1, 2, 3)], 2)).toThrow(
      RangeError,
    );
    expect(() =>
      lshCandidatePairs([Uint32Array.of(1, 2), Uint32Array.of(1, 2, 3, 4)], 2),
    ).toThrow(RangeError);
  });
});

describe('findSimilarPairs', () => {
  const random = seededRandom32(2024);
  const unrelated = Array.from({ length: 300 }, () => randomText(random, 60));
  const original = randomText(random, 80);
  // The copy changes 4 of 80 words: exact similarity about 0.74.
  const copy = original
    .split(' ')
    .map((word, i) => (i % 20 === 10 ? 'changed' : word))
    .join(' ');
  const texts = [
    ...unrelated.slice(0, 150),
    original,
    ...unrelated.slice(150),
    copy,
  ];
  const documents = texts.map(documentOf);

  it('finds a planted near-duplicate among unrelated texts, and only it', () => {
    const pairs = findSimilarPairs(documents);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].a).toBe(150);
    expect(pairs[0].b).toBe(301);
    expect(pairs[0].similarity).toBeGreaterThan(0.6);
    expect(pairs[0].similarity).toBeLessThan(0.9);
  });

  it('proposes few candidates: far fewer than all pairs', () => {
    expect(
      lshCandidatePairs(documents.map(document => document.signature)).length,
    ).toBeLessThan(50);
  });

  it('drops pairs below the threshold and pairs that are not comparable', () => {
    expect(findSimilarPairs(documents, { threshold: 0.95 })).toEqual([]);
    expect(
      findSimilarPairs(documents, { isComparable: a => a !== 150 }),
    ).toEqual([]);
  });
});
