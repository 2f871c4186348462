import {
  ExperimentOutcome,
  ExperimentStatus,
} from '@ai-marketplace/plugin-ai-marketplace-common';

/** An experiment as stored; absent fields are not known (yet). */
export type ExperimentRecord = {
  id: string;
  entityRef: string;
  teamRef: string;
  startedBy: string;
  startedAt: Date;
  selfServe?: boolean;
  finishedAt?: Date;
  finishedBy?: string;
  outcome?: ExperimentOutcome;
  learningsUrl?: string;
  recordedAt: Date;
};

/**
 * Starting an experiment: validated, attributed, refs normalised. Fields the
 * client left out (`startedAt`, `selfServe`) are not compared on a replay.
 */
export type ExperimentStart = {
  id: string;
  entityRef: string;
  teamRef: string;
  startedBy: string;
  startedAt?: Date;
  selfServe?: boolean;
};

/**
 * Finishing an experiment: validated and attributed. `selfServe` is already
 * resolved against the start; a left-out `finishedAt` is not compared on a
 * replay.
 */
export type ExperimentFinish = {
  id: string;
  outcome: ExperimentOutcome;
  finishedBy: string;
  finishedAt?: Date;
  selfServe: boolean;
  learningsUrl?: string;
};

/** Which experiments to list: all filters apply together. */
export type ExperimentFilter = {
  entityRef?: string;
  teamRef?: string;
  /** Started at or after this instant. */
  startedFrom: Date;
  /** Started before this instant. */
  startedBefore: Date;
  status?: ExperimentStatus;
  limit: number;
};

/** What a start or finish did, and the experiment after it. */
export type ExperimentWrite = {
  experiment: ExperimentRecord;
  /** False for a replay that matched what was already stored. */
  recorded: boolean;
};

/** Where experiments live. */
export interface ExperimentStore {
  /**
   * Stores a new experiment, with `now` as its start time unless it has one.
   * An id already stored with the same content is a replay; with other
   * content it is a `ConflictError`.
   */
  start(start: ExperimentStart, now: Date): Promise<ExperimentWrite>;

  /**
   * Finishes a running experiment, at `now` unless it says when. Finishing
   * again with the same content is a replay; with other content it is a
   * `ConflictError`; an unknown id is a `NotFoundError`.
   */
  finish(finish: ExperimentFinish, now: Date): Promise<ExperimentWrite>;

  get(id: string): Promise<ExperimentRecord | undefined>;

  /** The matching experiments, the latest start first. */
  list(filter: ExperimentFilter): Promise<ExperimentRecord[]>;
}
