/** How an experiment ended. */
export const EXPERIMENT_OUTCOMES = [
  'adopted',
  'abandoned',
  'inconclusive',
] as const;

/** @public */
export type ExperimentOutcome = (typeof EXPERIMENT_OUTCOMES)[number];

/** Whether an experiment is still running or has finished. */
export const EXPERIMENT_STATUSES = ['running', 'finished'] as const;

/** @public */
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

/**
 * Starting an experiment, as a client sends it; the user comes from its
 * credentials. A replay of the id records nothing new; the fields it leaves
 * out are not compared with the stored experiment.
 */
export type ExperimentStartInput = {
  /** Client-supplied id (1–64 of `A-Za-z0-9._:-`). */
  id: string;
  /** The AIWorkflow or PromptLibrary tried. */
  entityRef: string;
  /** The team running it: one of the user's groups. */
  team: string;
  /** ISO-8601 time; defaults to when the backend receives it. */
  startedAt?: string;
  /** True when the team runs it without the central AI team; may wait for the finish. */
  selfServe?: boolean;
};

/** Finishing an experiment; only a member of its team may. */
export type ExperimentFinishInput = {
  outcome: ExperimentOutcome;
  /** ISO-8601 time, not before the start; defaults to when the backend receives it. */
  finishedAt?: string;
  /** Required here unless given at the start; may not contradict the start. */
  selfServe?: boolean;
  /** An http(s) link to the documented learnings. */
  learningsUrl?: string;
};

/** An experiment as the backend stores it; times are ISO-8601. */
export type Experiment = {
  id: string;
  entityRef: string;
  teamRef: string;
  startedBy: string;
  startedAt: string;
  /** Null until known (at the latest when it finishes). */
  selfServe: boolean | null;
  status: ExperimentStatus;
  finishedAt: string | null;
  finishedBy: string | null;
  outcome: ExperimentOutcome | null;
  learningsUrl: string | null;
  /** When the backend recorded the start. */
  recordedAt: string;
};

/** What starting or finishing did: the experiment, and whether this call changed it. */
export type ExperimentWriteResponse = Experiment & {
  /** False for a replay that matched what was already stored. */
  recorded: boolean;
};

/** Experiments in a window, newest start first. */
export type ExperimentList = {
  items: Experiment[];
};
