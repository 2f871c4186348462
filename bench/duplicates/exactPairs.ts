import { exactJaccard } from '../../plugins/ai-marketplace-backend/src/duplicates/jaccard';

/**
 * The quadratic baseline: every pair of documents with different owners whose
 * exact shingle Jaccard similarity is at least `threshold`, as keys
 * `i * count + j` (i < j). Compares the rows `rows` (all by default) with every
 * later document. Returns the keys and how many pairs were compared.
 */
export function exactSimilarPairs(
  shingles: readonly Uint32Array[],
  owners: readonly string[],
  threshold: number,
  rows: Iterable<number> = shingles.keys(),
): { pairs: Set<number>; compared: number } {
  const count = shingles.length;
  const pairs = new Set<number>();
  let compared = 0;
  for (const i of rows) {
    for (let j = i + 1; j < count; j++) {
      compared++;
      if (
        owners[i] !== owners[j] &&
        exactJaccard(shingles[i], shingles[j]) >= threshold
      ) {
        pairs.add(i * count + j);
      }
    }
  }
  return { pairs, compared };
}
