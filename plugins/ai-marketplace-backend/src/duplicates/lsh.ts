import { mix32 } from './hash';
import { exactJaccard } from './jaccard';

/**
 * Bands of the signature; with 128 hashes, 32 bands of 4 rows.
 *
 * Two documents become candidates when all r rows of at least one of the b
 * bands agree, which for Jaccard similarity s happens with probability
 * 1 - (1 - s^r)^b: an S-curve whose steep part sits near (1/b)^(1/r). For
 * b = 32, r = 4 that is (1/32)^(1/4) ≈ 0.42, well below the 0.6 threshold, so
 * pairs at 0.6 are caught with probability 0.988 (0.87 at 0.5, 0.9998 at 0.7)
 * while pairs near 0.1 almost never become candidates (0.3 %). Lowering r
 * moves the curve left: more recall, more candidates to verify.
 */
export const DEFAULT_BANDS = 32;

/** Jaccard similarity of word shingles from which two texts are near-duplicates. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.6;

/** The probability that banding LSH makes two documents of Jaccard similarity `similarity` candidates. */
export function lshCatchProbability(
  similarity: number,
  bands: number,
  rows: number,
): number {
  return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
}

/**
 * Banding LSH: the index pairs [i, j] (i < j), each once, whose signatures
 * agree on every row of at least one band. Signatures must all have the same
 * length, a multiple of `bands`. Leave out documents without shingles: their
 * signatures all agree.
 */
export function lshCandidatePairs(
  signatures: readonly Uint32Array[],
  bands: number = DEFAULT_BANDS,
): Array<[number, number]> {
  const count = signatures.length;
  if (count === 0) {
    return [];
  }
  const rows = rowsPerBand(signatures[0].length, bands);
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let doc = 0; doc < count; doc++) {
      const signature = signatures[doc];
      if (signature.length !== rows * bands) {
        throw new RangeError(
          `signature ${doc} has ${signature.length} hashes, expected ${
            rows * bands
          }`,
        );
      }
      // A 32-bit bucket key: should two different bands of rows share one,
      // that only adds a candidate, which verification then rejects.
      let key = 0;
      for (let row = band * rows; row < (band + 1) * rows; row++) {
        key = mix32(key ^ signature[row]);
      }
      const bucket = buckets.get(key);
      if (bucket) {
        bucket.push(doc);
      } else {
        buckets.set(key, [doc]);
      }
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          // Documents enter buckets in index order, so bucket[x] < bucket[y].
          const pairKey = bucket[x] * count + bucket[y];
          if (!seen.has(pairKey)) {
            seen.add(pairKey);
            pairs.push([bucket[x], bucket[y]]);
          }
        }
      }
    }
  }
  return pairs;
}

function rowsPerBand(numHashes: number, bands: number): number {
  if (!Number.isInteger(bands) || bands < 1 || numHashes % bands !== 0) {
    throw new RangeError(
      `bands must be a positive divisor of the signature length ${numHashes}, got ${bands}`,
    );
  }
  return numHashes / bands;
}

/** A document for `findSimilarPairs`. */
export type LshDocument = {
  /** Sorted shingle hashes without repeats, as `wordShingles` returns them; not empty. */
  shingles: Uint32Array;
  signature: Uint32Array;
};

/** Two documents, by index (a < b), and the exact Jaccard similarity of their shingles. */
export type SimilarPair = { a: number; b: number; similarity: number };

/**
 * The pairs of documents whose exact shingle Jaccard similarity is at least
 * `threshold`, found without comparing all pairs: LSH proposes candidates and
 * only those are compared exactly (cheap, and it makes every reported pair
 * true). Pairs for which `isComparable` returns false are skipped before that.
 * A pair at the threshold is missed with probability 1 -
 * `lshCatchProbability(threshold, bands, rows)`.
 */
export function findSimilarPairs(
  documents: readonly LshDocument[],
  options: {
    bands?: number;
    threshold?: number;
    isComparable?: (a: number, b: number) => boolean;
  } = {},
): SimilarPair[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const candidates = lshCandidatePairs(
    documents.map(document => document.signature),
    options.bands ?? DEFAULT_BANDS,
  );
  const pairs: SimilarPair[] = [];
  for (const [a, b] of candidates) {
    if (options.isComparable && !options.isComparable(a, b)) {
      continue;
    }
    const similarity = exactJaccard(
      documents[a].shingles,
      documents[b].shingles,
    );
    if (similarity >= threshold) {
      pairs.push({ a, b, similarity });
    }
  }
  return pairs;
}
