import { durationDays } from '../durationDays';
import { dayCount, daysSince } from './days';
import { workflowCheck } from './defineCheck';
import { fail, pass, stale } from './outcomes';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * The evaluation gate is declared and kept: the latest result posted from CI
 * reaches the workflow's pass-rate threshold and is younger than its
 * cadence (spec.evaluation.cadence, else the configured default).
 */
export const evaluationGate = workflowCheck({
  id: 'evaluation-gate',
  title: 'Evaluation gate passed recently',
  description:
    'spec.evaluation declares a pass-rate threshold, and the latest evaluation result reaches it and is younger than the evaluation cadence (default 30 days).',
  evaluate(workflow, { records, settings, now }) {
    const threshold = workflow.spec.evaluation?.passRate;
    if (threshold === undefined) {
      return fail(
        'No evaluation gate declared',
        'Declare spec.evaluation with a dataset and a passRate threshold',
      );
    }
    const latest = records.latestEvaluation;
    if (!latest) {
      return fail(
        'No evaluation result recorded',
        'Post the evaluation results from CI (POST /api/ai-marketplace/evaluation-results)',
      );
    }
    const age = daysSince(latest.evaluatedAt, now);
    if (latest.passRate < threshold) {
      return fail(
        `Latest evaluation ${percent(latest.passRate)} is below the ${percent(
          threshold,
        )} threshold (${dayCount(age)} ago)`,
        'Improve the workflow until the evaluation reaches its threshold, then post the result',
      );
    }
    const cadence =
      durationDays(workflow.spec.evaluation?.cadence) ??
      settings.defaultCadenceDays.evaluation;
    if (age > cadence) {
      return stale(
        `Latest evaluation passed ${dayCount(
          age,
        )} ago; the cadence is ${dayCount(cadence)}`,
        'Re-run the evaluation and post the result',
      );
    }
    return pass(
      `Latest evaluation ${percent(latest.passRate)} reaches ${percent(
        threshold,
      )} (${dayCount(age)} ago)`,
    );
  },
});
