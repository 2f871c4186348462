import { DemoEvaluationResult } from './DemoHistory';
import { DemoPeriod } from './DemoPeriod';
import { AssetPlan } from './planAssets';
import { SeededRandom } from './SeededRandom';

/** Who posts evaluation results: CI, as the demo portal's static-token service. */
export const DEMO_EVALUATION_REPORTER = 'service:ci-evaluations';

const DEFAULT_CADENCE_DAYS = 14;

const plus = DemoPeriod.plusDays;

type Run = { at: Date; fix: boolean };

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Evaluation results of every workflow with `spec.evaluation`, at its
 * cadence from a few days after it appeared. Pass rates start around the
 * threshold and improve; a failed run is followed within days by a patch
 * release that is evaluated again; new minor versions come every other run
 * or so. One production workflow regresses: its latest run fails the gate.
 */
export function generateEvaluationResults(options: {
  plans: Map<string, AssetPlan>;
  period: DemoPeriod;
  random: SeededRandom;
}): DemoEvaluationResult[] {
  const { plans, period, random } = options;
  const evaluated = [...plans.values()].filter(p => p.asset.evaluation);
  const regressionCandidates = evaluated.filter(
    p =>
      p.asset.evaluation!.threshold !== undefined &&
      p.asset.lifecycle === 'production',
  );
  const regressing = regressionCandidates.length
    ? random.fork('evaluations:regression').pick(regressionCandidates).asset.ref
    : undefined;

  const results: Array<Omit<DemoEvaluationResult, 'id'>> = [];
  for (const plan of evaluated) {
    const { asset, registeredAt } = plan;
    const evaluation = asset.evaluation!;
    const threshold = evaluation.threshold ?? null;
    const r = random.fork(`evaluations:${asset.ref}`);
    const cadence = Math.min(
      90,
      Math.max(3, evaluation.cadenceDays ?? DEFAULT_CADENCE_DAYS),
    );
    const scheduled: Date[] = [];
    for (
      let at = plus(registeredAt, r.between(1, 5));
      at < period.now;
      at = plus(at, cadence + r.between(-2, 2))
    ) {
      scheduled.push(at);
    }

    const version = asset.lifecycle === 'experimental' ? [0, 1, 0] : [1, 0, 0];
    const startMargin = r.between(-0.02, 0.02);
    const endMargin = r.between(0.02, 0.05);
    const runs: Run[] = scheduled.map(at => ({ at, fix: false }));
    for (let i = 0; i < runs.length; i++) {
      const { at, fix } = runs[i];
      if (fix) {
        version[2] += 1;
      } else if (i > 0 && r.chance(0.5)) {
        version[1] += 1;
        version[2] = 0;
      }
      const last = i === runs.length - 1;
      const progress =
        (at.getTime() - registeredAt.getTime()) /
        (period.now.getTime() - registeredAt.getTime());
      let margin =
        startMargin +
        (endMargin - startMargin) * progress +
        r.between(-0.012, 0.012) +
        // The patch after a failed run is what fixed it, usually.
        (fix ? r.between(0.01, 0.03) : 0);
      if (asset.ref === regressing && last) {
        margin = -r.between(0.02, 0.05);
      }
      const passRate = round3(
        Math.min(1, Math.max(0, (threshold ?? 0.78) + margin)),
      );
      const passed = threshold === null ? null : passRate >= threshold;
      results.push({
        entityRef: asset.ref,
        workflowVersion: version.join('.'),
        dataset: evaluation.dataset,
        passRate,
        threshold,
        passed,
        evaluatedAt: at,
        reportedBy:
          asset.dri && r.chance(0.1) ? asset.dri : DEMO_EVALUATION_REPORTER,
      });
      if (passed === false && !last) {
        const fixAt = plus(at, r.between(1, 4));
        if (fixAt < period.now && fixAt < runs[i + 1].at) {
          runs.splice(i + 1, 0, { at: fixAt, fix: true });
        }
      }
    }
  }
  return results
    .sort(
      (a, b) =>
        a.evaluatedAt.getTime() - b.evaluatedAt.getTime() ||
        a.entityRef.localeCompare(b.entityRef),
    )
    .map((result, i) => ({
      id: `demo-evaluation-${String(i + 1).padStart(4, '0')}`,
      ...result,
    }));
}
