/** A member of a stored cluster: a workflow, or one prompt of a library. */
export type StoredDuplicateItem = {
  entityRef: string;
  /** Absent for a workflow. */
  promptId?: string;
  ownerRef: string;
  title: string;
  /** Highest Jaccard similarity to another member of the cluster. */
  similarity: number;
};

/** Near-duplicates owned by at least two teams. */
export type StoredDuplicateCluster = {
  id: string;
  /** Sorted by entity ref, then prompt id. */
  items: StoredDuplicateItem[];
};

/** What one detection run found. */
export type DuplicateDetectionRun = {
  /** When the run finished. */
  detectedAt: Date;
  similarityThreshold: number;
  /** How many workflows and prompts were compared. */
  candidates: number;
  clusters: StoredDuplicateCluster[];
};

/** Where the near-duplicate clusters of the last detection run live. */
export interface DuplicateClusterStore {
  /** Replaces the stored run and its clusters with these, in one transaction. */
  replaceRun(run: DuplicateDetectionRun): Promise<void>;

  /**
   * The last run, clusters largest first (then highest similarity, then id);
   * undefined before the first run.
   */
  lastRun(): Promise<DuplicateDetectionRun | undefined>;
}
