/** One member of a near-duplicate cluster: a workflow or one prompt of a library. */
export type DuplicateItem = {
  /** The AIWorkflow or PromptLibrary. */
  entityRef: string;
  /** The prompt of the library; absent for a workflow. */
  promptId?: string;
  /** The team owning it. */
  ownerRef: string;
  /** The prompt's or workflow's title. */
  title: string;
  /** Highest Jaccard similarity to another member of the cluster, 0..1. */
  similarity: number;
};

/** Near-duplicates owned by at least two different teams. */
export type DuplicateClusterView = {
  /** Stable while the cluster's smallest member stays in it. */
  id: string;
  /** Sorted by entity ref, then prompt id. */
  items: DuplicateItem[];
};

/** `GET /duplicates`: the last detection run, filtered by team, function or guild. */
export type DuplicatesReport = {
  /** When the last run finished; null before the first run. */
  detectedAt: string | null;
  /** The similarity from which items counted as near-duplicates in that run. */
  similarityThreshold: number;
  /**
   * Of the assets in the catalog (matching the filters), how many have a
   * near-duplicate owned by another team: a workflow, or a library with at
   * least one such prompt. `rate` is 0 when there are no assets.
   */
  duplicationRate: {
    assets: number;
    assetsWithDuplicate: number;
    rate: number;
  };
  /** Clusters with at least one member matching the filters; largest first. */
  clusters: DuplicateClusterView[];
};
