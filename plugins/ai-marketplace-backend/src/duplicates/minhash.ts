import { mix32, seededRandom32 } from './hash';

/** Signature length: the estimate's standard error is at most 1/(2√128) ≈ 0.044. */
export const DEFAULT_NUM_HASHES = 128;
const DEFAULT_SEED = 0x2545f491;
const EMPTY_SLOT = 0xffffffff;

/** Computes MinHash signatures, all with the same hash functions. */
export type MinHasher = {
  readonly numHashes: number;
  /** The signature of a shingle set: per hash function, its smallest value. */
  signature(shingles: Uint32Array): Uint32Array;
};

/**
 * A MinHasher with `numHashes` hash functions drawn from a seeded generator,
 * so equal inputs always get equal signatures.
 *
 * Hash function i is `mix32(a_i * x + b_i mod 2^32)` with a random odd a_i and
 * random b_i, instead of the textbook `(a*x + b) mod p` with p = 2^31 - 1: with
 * 32-bit inputs the textbook form needs 62-bit products (BigInt or split
 * multiplications in the hot loop), while this one is three multiplications by
 * `Math.imul`. An odd multiplier and `mix32` are both invertible, so each
 * function is a pseudo-random permutation of the 32-bit integers — what
 * MinHash needs — and the affine step alone would leave the low output bits
 * depending only on the low input bits, which `mix32` repairs.
 */
export function createMinHasher(
  numHashes: number = DEFAULT_NUM_HASHES,
  seed: number = DEFAULT_SEED,
): MinHasher {
  if (!Number.isInteger(numHashes) || numHashes < 1) {
    throw new RangeError(
      `numHashes must be a positive integer, got ${numHashes}`,
    );
  }
  const random = seededRandom32(seed);
  const multipliers = new Int32Array(numHashes);
  const offsets = new Int32Array(numHashes);
  for (let i = 0; i < numHashes; i++) {
    multipliers[i] = random() | 1;
    offsets[i] = random();
  }
  return {
    numHashes,
    signature(shingles) {
      const signature = new Uint32Array(numHashes);
      for (let i = 0; i < numHashes; i++) {
        const multiplier = multipliers[i];
        const offset = offsets[i];
        let smallest = EMPTY_SLOT;
        for (let s = 0; s < shingles.length; s++) {
          const h = mix32((Math.imul(multiplier, shingles[s]) + offset) | 0);
          if (h < smallest) {
            smallest = h;
          }
        }
        signature[i] = smallest;
      }
      return signature;
    },
  };
}

/**
 * Estimates the Jaccard similarity of two shingle sets from their signatures:
 * the share of hash functions whose smallest values agree.
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(
      `signatures must have the same, non-zero length, got ${a.length} and ${b.length}`,
    );
  }
  let agreeing = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      agreeing++;
    }
  }
  return agreeing / a.length;
}
