import { exactJaccard } from './jaccard';

const set = (...values: number[]) => Uint32Array.from(values);

describe('exactJaccard', () => {
  it('divides the shared elements by all elements', () => {
    // {1,3,5,7} and {3,4,5}: shared {3,5}, union {1,3,4,5,7}.
    expect(exactJaccard(set(1, 3, 5, 7), set(3, 4, 5))).toBe(2 / 5);
  });

  it('is 1 for equal sets and 0 for disjoint ones', () => {
    expect(exactJaccard(set(2, 4, 8), set(2, 4, 8))).toBe(1);
    expect(exactJaccard(set(1, 2), set(3, 4))).toBe(0);
  });

  it('handles values above 2^31 in unsigned order', () => {
    expect(exactJaccard(set(5, 0x80000000, 0xffffffff), set(0xffffffff))).toBe(
      1 / 3,
    );
  });

  it('is 0 when either set is empty', () => {
    expect(exactJaccard(set(), set())).toBe(0);
    expect(exactJaccard(set(1), set())).toBe(0);
  });
});
