/**
 * An evaluation result as CI (or a user) posts it. Whether it passed the gate
 * is not sent: the backend computes it from the workflow's threshold.
 */
export type EvaluationResultInput = {
  /** Client-supplied id, e.g. the CI run id (1–64 of `A-Za-z0-9._:-`); a replay records nothing new. */
  id: string;
  /** The AIWorkflow evaluated. */
  entityRef: string;
  /** The version evaluated: a tag, commit or semver (1–64 characters). */
  version: string;
  /** The evaluation dataset (1–512 characters). */
  dataset: string;
  /** Share of the dataset's cases that passed, 0..1. */
  passRate: number;
  /**
   * ISO-8601 time the evaluation ran, not in the future; defaults to when the
   * backend receives it (and a replay without it is not compared on it).
   */
  evaluatedAt?: string;
};

/** An evaluation result as the backend recorded it. */
export type EvaluationResult = {
  id: string;
  entityRef: string;
  version: string;
  dataset: string;
  passRate: number;
  /** The workflow's `spec.evaluation.passRate` when recorded; null if it had none. */
  threshold: number | null;
  /** `passRate >= threshold`; null when the workflow had no threshold. */
  passed: boolean | null;
  /** ISO-8601. */
  evaluatedAt: string;
  /** Who posted it: a user entity ref, or `service:<subject>` for a service such as CI. */
  reportedBy: string;
  /** ISO-8601 time the backend recorded it. */
  recordedAt: string;
};

/** What posting did: the result as stored, and whether this call stored it. */
export type EvaluationResultWriteResponse = EvaluationResult & {
  /** False for a replay that matched what was already stored. */
  recorded: boolean;
};

/** Evaluation results in a window, the latest evaluation first. */
export type EvaluationResultList = {
  items: EvaluationResult[];
};
