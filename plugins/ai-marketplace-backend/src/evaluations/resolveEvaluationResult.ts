import { AIWorkflowEntityV1alpha1 } from '@ai-marketplace/plugin-ai-marketplace-common';
import { NewEvaluationResult } from '../database/EvaluationResultStore';
import { timeNotInFuture } from '../service/clientTime';

/**
 * Turns a validated result into what to store. The gate is the workflow's
 * own: `threshold` is its `spec.evaluation.passRate` and `passed` whether
 * the pass rate meets it — both absent when the workflow sets no threshold.
 * The client never says whether it passed.
 */
export function resolveEvaluationResult(options: {
  input: {
    id: string;
    version: string;
    dataset: string;
    passRate: number;
    evaluatedAt?: string;
  };
  entityRef: string;
  workflow: AIWorkflowEntityV1alpha1;
  reportedBy: string;
  now: Date;
}): NewEvaluationResult {
  const { input } = options;
  const threshold = options.workflow.spec.evaluation?.passRate;
  return {
    id: input.id,
    entityRef: options.entityRef,
    version: input.version,
    dataset: input.dataset,
    passRate: input.passRate,
    threshold,
    passed: threshold === undefined ? undefined : input.passRate >= threshold,
    evaluatedAt: timeNotInFuture(input.evaluatedAt, 'evaluatedAt', options.now),
    reportedBy: options.reportedBy,
  };
}
