import { durationDays } from '../durationDays';
import { dayCount } from './days';
import { workflowCheck } from './defineCheck';
import { fail, notApplicable, pass } from './outcomes';

/**
 * An error budget is declared and kept: no more AI incidents in the last
 * period than it allows. Cannot be stale: incidents are counted as of today.
 */
export const errorBudgetRespected = workflowCheck({
  id: 'error-budget-respected',
  title: 'Error budget declared and respected',
  description:
    'spec.errorBudget declares the AI incidents allowed per period, and the incidents recorded in the last period do not exceed it. Experimental workflows are exempt by nature.',
  evaluate(workflow, { records, now }) {
    if (workflow.spec.lifecycle === 'experimental') {
      return notApplicable('Experimental: no error budget to keep yet');
    }
    const budget = workflow.spec.errorBudget;
    if (!budget) {
      return fail(
        'No error budget declared',
        'Declare spec.errorBudget: the AI incidents allowed per period, e.g. 2 per P30D',
      );
    }
    const period = durationDays(budget.period);
    if (period === undefined) {
      return fail(
        `spec.errorBudget.period "${budget.period}" is not a duration`,
        'Give spec.errorBudget.period as an ISO-8601 duration, e.g. P30D',
      );
    }
    const since = now.getTime() - period * 86_400_000;
    const incidents = records.incidentTimes.filter(
      time => time.getTime() > since,
    ).length;
    const window = `in the last ${dayCount(period)}`;
    if (incidents > budget.incidents) {
      return fail(
        `${incidents} incidents ${window}; the budget allows ${budget.incidents}`,
        'Stop widening the rollout and fix the causes of the incidents until the budget is kept',
      );
    }
    return pass(
      `${incidents} of ${budget.incidents} allowed incidents ${window}`,
    );
  },
});
