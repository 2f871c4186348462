/**
 * The exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sets given as sorted
 * arrays without repeats (as `wordShingles` returns them), by one merge pass.
 * Two empty sets have similarity 0: a text without words resembles nothing.
 */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) {
      i++;
    } else {
      j++;
    }
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
