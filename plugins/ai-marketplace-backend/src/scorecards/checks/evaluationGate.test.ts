import {
  check,
  daysAgo,
  library,
  workflow,
} from '../__testUtils__/readinessFixtures';
import { evaluationGate } from './evaluationGate';

const evaluated = (passRate: number, days: number) => ({
  records: { latestEvaluation: { passRate, evaluatedAt: daysAgo(days) } },
});

describe('evaluation-gate', () => {
  it('passes when the latest result reaches the threshold within the cadence', () => {
    expect(check(evaluationGate, workflow(), evaluated(0.94, 3))).toEqual({
      status: 'pass',
      reason: 'Latest evaluation 94% reaches 90% (3 days ago)',
    });
    expect(check(evaluationGate, workflow(), evaluated(0.9, 30)).status).toBe(
      'pass',
    );
  });

  it('fails without a gate, without a result, or below the threshold', () => {
    expect(
      check(evaluationGate, workflow({ evaluation: undefined })).reason,
    ).toBe('No evaluation gate declared');
    expect(check(evaluationGate, workflow()).reason).toBe(
      'No evaluation result recorded',
    );
    expect(check(evaluationGate, workflow(), evaluated(0.85, 2))).toMatchObject(
      {
        status: 'fail',
        reason: 'Latest evaluation 85% is below the 90% threshold (2 days ago)',
      },
    );
    // An old failing result is still a failure, not merely stale.
    expect(check(evaluationGate, workflow(), evaluated(0.5, 90)).status).toBe(
      'fail',
    );
  });

  it('is stale when the latest passing result is older than the cadence', () => {
    expect(
      check(evaluationGate, workflow(), evaluated(0.95, 31)),
    ).toMatchObject({
      status: 'stale',
      reason: 'Latest evaluation passed 31 days ago; the cadence is 30 days',
    });
    // The workflow's own cadence wins over the default.
    const biweekly = workflow({
      evaluation: { passRate: 0.9, cadence: 'P14D' },
    });
    expect(check(evaluationGate, biweekly, evaluated(0.95, 15)).status).toBe(
      'stale',
    );
  });

  it('is not applicable to a prompt library', () => {
    expect(check(evaluationGate, library()).status).toBe('not-applicable');
  });
});
