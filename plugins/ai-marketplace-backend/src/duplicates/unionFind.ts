/**
 * Disjoint sets over the integers 0..size-1 (union by size, path halving):
 * turns similar pairs into connected components in near-linear time.
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly setSize: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    this.setSize = new Int32Array(size).fill(1);
    for (let i = 0; i < size; i++) {
      this.parent[i] = i;
    }
  }

  /** The representative of the set holding `element`. */
  find(element: number): number {
    let current = element;
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]];
      current = this.parent[current];
    }
    return current;
  }

  /** Merges the sets holding `a` and `b`. */
  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) {
      return;
    }
    if (this.setSize[rootA] < this.setSize[rootB]) {
      [rootA, rootB] = [rootB, rootA];
    }
    this.parent[rootB] = rootA;
    this.setSize[rootA] += this.setSize[rootB];
  }
}
