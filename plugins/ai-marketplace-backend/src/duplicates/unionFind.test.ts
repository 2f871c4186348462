import { UnionFind } from './unionFind';

describe('UnionFind', () => {
  it('starts with every element alone', () => {
    const sets = new UnionFind(3);
    expect([0, 1, 2].map(i => sets.find(i))).toEqual([0, 1, 2]);
  });

  it('joins sets transitively and keeps the others apart', () => {
    const sets = new UnionFind(6);
    sets.union(0, 1);
    sets.union(2, 1);
    sets.union(4, 5);
    sets.union(5, 4);
    expect(sets.find(0)).toBe(sets.find(2));
    expect(sets.find(4)).toBe(sets.find(5));
    expect(sets.find(0)).not.toBe(sets.find(4));
    expect(sets.find(3)).toBe(3);
  });
});
