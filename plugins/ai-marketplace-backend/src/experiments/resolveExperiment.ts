import {
  ExperimentFinishInput,
  ExperimentStartInput,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Entity } from '@backstage/catalog-model';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import {
  ExperimentFinish,
  ExperimentRecord,
  ExperimentStart,
} from '../database/ExperimentStore';
import { timeNotInFuture } from '../service/clientTime';

/**
 * Turns a validated start into what to store: the user comes from the
 * credentials, the asset must be an AIWorkflow or PromptLibrary in the
 * catalog, and the team must be one of the user's groups.
 */
export function resolveExperimentStart(options: {
  input: ExperimentStartInput;
  entityRef: string;
  asset: Entity | undefined;
  teamRef: string;
  groups: Set<string>;
  userRef: string;
  now: Date;
}): ExperimentStart {
  const { input, asset, teamRef } = options;
  if (!asset || !(isAIWorkflowEntity(asset) || isPromptLibraryEntity(asset))) {
    throw new InputError(
      `entityRef: "${input.entityRef}" is not an AIWorkflow or PromptLibrary in the catalog`,
    );
  }
  if (!options.groups.has(teamRef)) {
    throw new NotAllowedError(
      `team: you are not a member of ${teamRef}, so you cannot act for it`,
    );
  }
  return {
    id: input.id,
    entityRef: options.entityRef,
    teamRef,
    startedBy: options.userRef,
    startedAt: timeNotInFuture(input.startedAt, 'startedAt', options.now),
    selfServe: input.selfServe,
  };
}

/**
 * Turns a validated finish into what to store: only a member of the
 * experiment's team may finish it, not before it started, and whether it was
 * self-serve must be known by then — from the start or from the finish, which
 * may not contradict each other.
 */
export function resolveExperimentFinish(options: {
  input: ExperimentFinishInput;
  experiment: ExperimentRecord;
  groups: Set<string>;
  userRef: string;
  now: Date;
}): ExperimentFinish {
  const { input, experiment, now } = options;
  if (!options.groups.has(experiment.teamRef)) {
    throw new NotAllowedError(
      `Only a member of ${experiment.teamRef} may finish experiment "${experiment.id}"`,
    );
  }

  const finishedAt = timeNotInFuture(input.finishedAt, 'finishedAt', now);
  const effectiveFinish = finishedAt ?? now;
  if (effectiveFinish.getTime() < experiment.startedAt.getTime()) {
    throw new InputError(
      `finishedAt: ${effectiveFinish.toISOString()} is before the experiment started, at ${experiment.startedAt.toISOString()}`,
    );
  }

  if (
    input.selfServe !== undefined &&
    experiment.selfServe !== undefined &&
    input.selfServe !== experiment.selfServe
  ) {
    throw new ConflictError(
      `selfServe: experiment "${experiment.id}" already has selfServe ${experiment.selfServe}`,
    );
  }
  const selfServe = input.selfServe ?? experiment.selfServe;
  if (selfServe === undefined) {
    throw new InputError(
      'selfServe: required, because the experiment was started without it',
    );
  }

  return {
    id: experiment.id,
    outcome: input.outcome,
    finishedBy: options.userRef,
    finishedAt,
    selfServe,
    learningsUrl: input.learningsUrl,
  };
}
