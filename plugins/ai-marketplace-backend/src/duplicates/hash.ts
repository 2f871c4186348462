const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * murmur3's 32-bit finaliser: a bijection on 32-bit integers that spreads
 * every input bit over the whole output. Returns an unsigned integer.
 */
export function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A fast non-cryptographic 32-bit hash of a string: FNV-1a over its UTF-16
 * code units, then `mix32`, because FNV-1a alone leaves strings that differ
 * only in their last characters close together in the high bits. A different
 * `seed` gives an independent-looking hash of the same string.
 */
export function hashString(
  text: string,
  seed: number = FNV_OFFSET_BASIS,
): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return mix32(h);
}

/**
 * A seeded pseudo-random generator of unsigned 32-bit integers (mulberry32):
 * the same seed always gives the same sequence.
 */
export function seededRandom32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
