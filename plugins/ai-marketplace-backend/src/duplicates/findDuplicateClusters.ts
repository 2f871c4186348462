import { hashString } from './hash';
import {
  DEFAULT_BANDS,
  DEFAULT_SIMILARITY_THRESHOLD,
  findSimilarPairs,
  SimilarPair,
} from './lsh';
import { createMinHasher, DEFAULT_NUM_HASHES } from './minhash';
import { DEFAULT_SHINGLE_SIZE, wordShingles } from './shingles';
import { UnionFind } from './unionFind';

/** What kind of asset a candidate is; only candidates of one kind are compared. */
export type DuplicateKind = 'prompt' | 'workflow';

/** One asset whose text is compared with every other of its kind. */
export type DuplicateCandidate = {
  /**
   * Unique among the candidates, e.g. `aiworkflow:default/ticket-triage` or
   * `promptlibrary:default/support-prompts#first-response`.
   */
  id: string;
  kind: DuplicateKind;
  /** The full entity ref of the owner, e.g. `group:default/customer-support`; compared case-insensitively. */
  ownerRef: string;
  text: string;
};

/** Two near-duplicate candidates (a < b) and the exact Jaccard similarity of their word shingles. */
export type DuplicatePair = { a: string; b: string; similarity: number };

/** Near-duplicate candidates connected by similar pairs, owned by at least two owners. */
export type DuplicateCluster = {
  /**
   * `<kind>-` and 16 hex digits hashed from the smallest member id: the same
   * while that member stays in the cluster, whatever else joins or leaves.
   */
  id: string;
  kind: DuplicateKind;
  /** Sorted by id. */
  members: Array<{ id: string; ownerRef: string }>;
  maxSimilarity: number;
  /** Every similar pair inside the cluster, sorted by a, then b. */
  pairs: DuplicatePair[];
};

/** @public */
export type DuplicateDetectionOptions = {
  /** Smallest Jaccard similarity of word shingles that makes a pair; default 0.6. */
  threshold?: number;
  /** MinHash signature length; default 128. */
  numHashes?: number;
  /** LSH bands, a divisor of numHashes; default 32 (so 4 rows per band). */
  bands?: number;
  /** Words per shingle; default 3. */
  shingleSize?: number;
  /**
   * Default true: only pairs of candidates with different owners count, so a
   * team's own copies neither form pairs nor link clusters. When false, they
   * do; either way only clusters spanning two or more owners are returned.
   */
  requireDifferentOwners?: boolean;
};

/**
 * Finds clusters of near-duplicate candidates owned by different teams, in
 * time close to linear in the number of candidates: word shingles, MinHash
 * signatures, LSH candidate pairs verified by exact Jaccard similarity, then
 * connected components. Candidates without words are never duplicates.
 *
 * Deterministic and independent of input order: clusters come sorted by size
 * (largest first), then highest similarity, then id.
 */
export function findDuplicateClusters(
  candidates: readonly DuplicateCandidate[],
  options: DuplicateDetectionOptions = {},
): DuplicateCluster[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(
      `threshold must be in (0, 1], got ${options.threshold}`,
    );
  }
  const sorted = [...candidates].sort((x, y) => compareStrings(x.id, y.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id) {
      throw new Error(`Duplicate candidate id "${sorted[i].id}"`);
    }
  }
  const minHasher = createMinHasher(options.numHashes ?? DEFAULT_NUM_HASHES);
  const kinds = [...new Set(sorted.map(candidate => candidate.kind))].sort();
  const clusters = kinds.flatMap(kind =>
    clustersOfKind(
      sorted.filter(candidate => candidate.kind === kind),
      kind,
      {
        threshold,
        bands: options.bands ?? DEFAULT_BANDS,
        shingleSize: options.shingleSize ?? DEFAULT_SHINGLE_SIZE,
        requireDifferentOwners: options.requireDifferentOwners ?? true,
        signature: shingles => minHasher.signature(shingles),
      },
    ),
  );
  return clusters.sort(
    (x, y) =>
      y.members.length - x.members.length ||
      y.maxSimilarity - x.maxSimilarity ||
      compareStrings(x.id, y.id),
  );
}

function clustersOfKind(
  candidates: readonly DuplicateCandidate[],
  kind: DuplicateKind,
  settings: {
    threshold: number;
    bands: number;
    shingleSize: number;
    requireDifferentOwners: boolean;
    signature: (shingles: Uint32Array) => Uint32Array;
  },
): DuplicateCluster[] {
  const documents = candidates
    .map(candidate => ({
      candidate,
      owner: ownerKey(candidate.ownerRef),
      shingles: wordShingles(candidate.text, settings.shingleSize),
    }))
    .filter(document => document.shingles.length > 0)
    .map(document => ({
      ...document,
      signature: settings.signature(document.shingles),
    }));
  const pairs = findSimilarPairs(documents, {
    bands: settings.bands,
    threshold: settings.threshold,
    isComparable: settings.requireDifferentOwners
      ? (a, b) => documents[a].owner !== documents[b].owner
      : undefined,
  });

  const components = new UnionFind(documents.length);
  for (const pair of pairs) {
    components.union(pair.a, pair.b);
  }
  const pairsByRoot = new Map<number, SimilarPair[]>();
  for (const pair of pairs) {
    const root = components.find(pair.a);
    const componentPairs = pairsByRoot.get(root);
    if (componentPairs) {
      componentPairs.push(pair);
    } else {
      pairsByRoot.set(root, [pair]);
    }
  }

  const clusters: DuplicateCluster[] = [];
  for (const componentPairs of pairsByRoot.values()) {
    const memberIndexes = [
      ...new Set(componentPairs.flatMap(pair => [pair.a, pair.b])),
    ].sort((x, y) => x - y);
    const owners = new Set(memberIndexes.map(index => documents[index].owner));
    if (owners.size < 2) {
      continue;
    }
    // Documents are sorted by id, so index order is id order.
    const members = memberIndexes.map(index => ({
      id: documents[index].candidate.id,
      ownerRef: documents[index].candidate.ownerRef,
    }));
    clusters.push({
      id: clusterId(kind, members[0].id),
      kind,
      members,
      maxSimilarity: componentPairs.reduce(
        (highest, pair) => Math.max(highest, pair.similarity),
        0,
      ),
      pairs: componentPairs
        .sort((x, y) => x.a - y.a || x.b - y.b)
        .map(pair => ({
          a: documents[pair.a].candidate.id,
          b: documents[pair.b].candidate.id,
          similarity: pair.similarity,
        })),
    });
  }
  return clusters;
}

/** How owners are compared: entity refs are case-insensitive. */
export function ownerKey(ownerRef: string): string {
  return ownerRef.toLocaleLowerCase('en-US');
}

function clusterId(kind: DuplicateKind, smallestMemberId: string): string {
  const hex = (seed: number) =>
    hashString(smallestMemberId, seed).toString(16).padStart(8, '0');
  return `${kind}-${hex(0x811c9dc5)}${hex(0x050c5d1f)}`;
}

/** Code-unit order, unlike localeCompare the same on every machine. */
function compareStrings(x: string, y: string): number {
  if (x < y) {
    return -1;
  }
  return x > y ? 1 : 0;
}
