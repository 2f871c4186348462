import {
  DuplicateCandidate,
  DuplicateCluster,
  ownerKey,
} from './findDuplicateClusters';

/**
 * The duplication rate: the share of candidates that have a near-duplicate
 * owned by another team. Exactly: the number of distinct candidate ids that
 * appear in some pair of `clusters` whose other member has a different owner
 * (owners compared case-insensitively), divided by the number of distinct
 * candidate ids; 0 when there are no candidates. A candidate linked to another
 * team's asset only through a same-owner pair (possible with
 * `requireDifferentOwners: false`) does not count.
 *
 * `clusters` should come from the whole catalog; pass only one team's
 * candidates to get that team's rate.
 */
export function duplicationRate(
  candidates: ReadonlyArray<Pick<DuplicateCandidate, 'id'>>,
  clusters: readonly DuplicateCluster[],
): number {
  const candidateIds = new Set(candidates.map(candidate => candidate.id));
  if (candidateIds.size === 0) {
    return 0;
  }
  const duplicated = new Set<string>();
  for (const cluster of clusters) {
    const ownerOf = new Map(
      cluster.members.map(member => [member.id, ownerKey(member.ownerRef)]),
    );
    for (const pair of cluster.pairs) {
      if (ownerOf.get(pair.a) !== ownerOf.get(pair.b)) {
        duplicated.add(pair.a);
        duplicated.add(pair.b);
      }
    }
  }
  let count = 0;
  for (const id of candidateIds) {
    if (duplicated.has(id)) {
      count++;
    }
  }
  return count / candidateIds.size;
}
