import {
  check,
  daysAgo,
  library,
  workflow,
} from '../__testUtils__/readinessFixtures';
import { errorBudgetRespected } from './errorBudgetRespected';

const incidents = (...days: number[]) => ({
  records: { incidentTimes: days.map(daysAgo) },
});

describe('error-budget-respected', () => {
  it('passes within the budget, counting only the last period', () => {
    expect(
      check(errorBudgetRespected, workflow(), incidents(1, 29, 31, 200)),
    ).toEqual({
      status: 'pass',
      reason: '2 of 2 allowed incidents in the last 30 days',
    });
  });

  it('fails without a budget, with a bad period, or over the budget', () => {
    expect(
      check(errorBudgetRespected, workflow({ errorBudget: undefined })).reason,
    ).toBe('No error budget declared');
    expect(
      check(
        errorBudgetRespected,
        workflow({ errorBudget: { incidents: 1, period: 'monthly' } }),
      ).status,
    ).toBe('fail');
    expect(
      check(errorBudgetRespected, workflow(), incidents(1, 2, 3)),
    ).toMatchObject({
      status: 'fail',
      reason: '3 incidents in the last 30 days; the budget allows 2',
    });
  });

  it('cannot be stale: old incidents simply fall out of the period', () => {
    expect(
      check(errorBudgetRespected, workflow(), incidents(40, 50, 60)).status,
    ).toBe('pass');
  });

  it('is not applicable to experimental workflows and to prompt libraries', () => {
    expect(
      check(errorBudgetRespected, workflow({ lifecycle: 'experimental' })),
    ).toEqual({
      status: 'not-applicable',
      reason: 'Experimental: no error budget to keep yet',
    });
    expect(check(errorBudgetRespected, library()).status).toBe(
      'not-applicable',
    );
  });
});
