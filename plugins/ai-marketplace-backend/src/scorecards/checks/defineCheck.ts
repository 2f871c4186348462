import {
  AIWorkflowEntityV1alpha1,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  PromptLibraryEntityV1alpha1,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  ReadinessCheck,
  ReadinessCheckContext,
  ReadinessCheckOutcome,
  ScorecardAsset,
} from '@ai-marketplace/plugin-ai-marketplace-node';
import { notApplicable } from './outcomes';

type CheckInfo = Pick<ReadinessCheck, 'id' | 'title' | 'description'>;

/** A check of AIWorkflows only. */
export function workflowCheck(
  info: CheckInfo & {
    evaluate(
      workflow: AIWorkflowEntityV1alpha1,
      context: ReadinessCheckContext,
    ): ReadinessCheckOutcome;
  },
): ReadinessCheck {
  return {
    ...info,
    appliesTo: ['AIWorkflow'],
    evaluate: (asset, context) =>
      isAIWorkflowEntity(asset)
        ? info.evaluate(asset, context)
        : notApplicable('Applies to AIWorkflows only'),
  };
}

/** A check of PromptLibraries only. */
export function libraryCheck(
  info: CheckInfo & {
    evaluate(
      library: PromptLibraryEntityV1alpha1,
      context: ReadinessCheckContext,
    ): ReadinessCheckOutcome;
  },
): ReadinessCheck {
  return {
    ...info,
    appliesTo: ['PromptLibrary'],
    evaluate: (asset, context) =>
      isPromptLibraryEntity(asset)
        ? info.evaluate(asset, context)
        : notApplicable('Applies to PromptLibraries only'),
  };
}

/** A check of both kinds. */
export function assetCheck(
  info: CheckInfo & {
    evaluate(
      asset: ScorecardAsset,
      context: ReadinessCheckContext,
    ): ReadinessCheckOutcome;
  },
): ReadinessCheck {
  return { ...info, appliesTo: ['AIWorkflow', 'PromptLibrary'] };
}
