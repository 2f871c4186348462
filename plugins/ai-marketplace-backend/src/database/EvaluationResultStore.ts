/** An evaluation result as stored. */
export type EvaluationResultRecord = {
  id: string;
  entityRef: string;
  version: string;
  dataset: string;
  passRate: number;
  /** The workflow's threshold when recorded; absent if it had none. */
  threshold?: number;
  /** `passRate >= threshold`; absent when there was no threshold. */
  passed?: boolean;
  evaluatedAt: Date;
  reportedBy: string;
  recordedAt: Date;
};

/**
 * An evaluation result to record: validated, attributed, the gate computed.
 * A left-out `evaluatedAt` is not compared on a replay; neither are
 * `threshold` and `passed`, which follow the catalog and may have moved since.
 */
export type NewEvaluationResult = Omit<
  EvaluationResultRecord,
  'evaluatedAt' | 'recordedAt'
> & { evaluatedAt?: Date };

/** Which evaluation results to list: all filters apply together. */
export type EvaluationResultFilter = {
  entityRef?: string;
  /** Evaluated at or after this instant. */
  evaluatedFrom: Date;
  /** Evaluated before this instant. */
  evaluatedBefore: Date;
  limit: number;
};

/** What recording did, and the result as stored. */
export type EvaluationResultWrite = {
  result: EvaluationResultRecord;
  /** False for a replay that matched what was already stored. */
  recorded: boolean;
};

/** Where evaluation results live. */
export interface EvaluationResultStore {
  /**
   * Stores a new result, evaluated at `now` unless it says when. An id
   * already stored with the same content is a replay, which returns the
   * stored result; with other content it is a `ConflictError`.
   */
  record(
    result: NewEvaluationResult,
    now: Date,
  ): Promise<EvaluationResultWrite>;

  /** The matching results, the latest evaluation first. */
  list(filter: EvaluationResultFilter): Promise<EvaluationResultRecord[]>;
}
