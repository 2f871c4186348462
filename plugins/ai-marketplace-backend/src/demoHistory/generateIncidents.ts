import { IncidentSeverity } from '@ai-marketplace/plugin-ai-marketplace-common';
import { DemoIncident } from './DemoHistory';
import { DemoOrganisation } from './demoOrganisation';
import { DAY_MS, DemoPeriod } from './DemoPeriod';
import { AssetPlan } from './planAssets';
import { SeededRandom } from './SeededRandom';

/** Who reports incidents found by monitoring: a service. */
export const DEMO_INCIDENT_MONITOR = 'service:ai-monitoring';

const SUMMARIES: Array<(title: string) => string> = [
  title =>
    `${title} misclassified a batch of items after an upstream format change; corrected by hand.`,
  title =>
    `${title} was unavailable for about 40 minutes during a model provider outage; work fell back to the manual queue.`,
  title =>
    `${title} produced an output citing an outdated policy; caught in review before it reached anyone outside the team.`,
  title =>
    `A prompt change in ${title} lowered output quality; rolled back to the previous version.`,
  title =>
    `${title} hit its rate limit and dropped requests for an hour; retries added.`,
  title =>
    `${title} copied internal field names into a draft; the template was fixed.`,
];

const SEVERITY_WEIGHTS: Record<string, Record<IncidentSeverity, number>> = {
  high: { sev1: 0.05, sev2: 0.25, sev3: 0.4, sev4: 0.3 },
  medium: { sev1: 0.02, sev2: 0.13, sev3: 0.4, sev4: 0.45 },
  low: { sev1: 0, sev2: 0.05, sev3: 0.35, sev4: 0.6 },
};

/** Rounded up to a whole second: after the registration, before now. */
function wholeSecond(ms: number): number {
  return Math.ceil(ms / 1000) * 1000;
}

/**
 * AI incidents. A workflow with an error budget of B incidents per period
 * stays within it in every period — except one production workflow that is
 * over budget in the last period (B + 1 incidents in it). Workflows
 * without a budget have an occasional incident, riskier ones more often.
 * Retired workflows have none.
 */
export function generateIncidents(options: {
  plans: Map<string, AssetPlan>;
  organisation: DemoOrganisation;
  period: DemoPeriod;
  random: SeededRandom;
}): DemoIncident[] {
  const { plans, organisation, period, random } = options;
  const now = period.now.getTime();
  const members = new Map(organisation.teams.map(t => [t.ref, t.members]));
  const workflows = [...plans.values()].filter(
    p => p.asset.kind === 'aiworkflow' && p.asset.lifecycle !== 'deprecated',
  );

  const budgetDays = (p: AssetPlan) => p.asset.errorBudget?.periodDays;
  const overBudgetCandidates = workflows.filter(
    p =>
      (p.asset.errorBudget?.incidents ?? 0) >= 1 &&
      budgetDays(p) !== undefined &&
      budgetDays(p)! <= period.days &&
      p.registeredAt.getTime() <= now - budgetDays(p)! * DAY_MS,
  );
  const preferred = overBudgetCandidates.filter(
    p => p.asset.lifecycle === 'production',
  );
  const overBudget = (preferred.length ? preferred : overBudgetCandidates)
    .length
    ? random
        .fork('incidents:over-budget')
        .pick(preferred.length ? preferred : overBudgetCandidates).asset.ref
    : undefined;

  const incidents: Array<Omit<DemoIncident, 'id'>> = [];
  for (const plan of workflows) {
    const { asset, registeredAt } = plan;
    const r = random.fork(`incidents:${asset.ref}`);
    const from = registeredAt.getTime();
    const lived = (now - from) / DAY_MS;
    const budget = asset.errorBudget;
    let times: number[];
    if (asset.ref === overBudget) {
      const windowStart = Math.max(from, now - budgetDays(plan)! * DAY_MS);
      times = Array.from({ length: budget!.incidents + 1 }, () =>
        wholeSecond(r.between(windowStart, now - 3_600_000)),
      );
    } else if (budget && budgetDays(plan)) {
      const periodMs = budgetDays(plan)! * DAY_MS;
      const candidates = Array.from(
        {
          length: r.poisson(
            (Math.min(1, 0.3 * budget.incidents) * lived) / budgetDays(plan)!,
          ),
        },
        () => wholeSecond(r.between(from, now - 1000)),
      ).sort((a, b) => a - b);
      // Keep an incident only while its rolling period stays within budget.
      times = [];
      for (const time of candidates) {
        if (times.filter(t => t > time - periodMs).length < budget.incidents) {
          times.push(time);
        }
      }
    } else if (budget) {
      times = [];
    } else {
      const rate = asset.riskTier === 'low' ? 0.2 : 0.8;
      times = Array.from(
        { length: r.poisson((rate * lived) / period.days) },
        () => wholeSecond(r.between(from, now - 1000)),
      );
    }

    const team = members.get(asset.ownerRef);
    // The DRI reports when they are on the owner team; otherwise a teammate.
    const reporter = (people: string[]) =>
      asset.dri && people.includes(asset.dri) ? asset.dri : r.pick(people);
    for (const time of times) {
      const byMonitoring = !team || r.chance(0.25);
      const severities =
        SEVERITY_WEIGHTS[asset.riskTier ?? 'medium'] ?? SEVERITY_WEIGHTS.medium;
      incidents.push({
        entityRef: asset.ref,
        severity: r.weighted(
          Object.keys(severities) as IncidentSeverity[],
          s => severities[s],
        ),
        summary: r.pick(SUMMARIES)(asset.title),
        occurredAt: new Date(time),
        reportedBy: byMonitoring ? DEMO_INCIDENT_MONITOR : reporter(team!),
        teamRef: byMonitoring ? null : asset.ownerRef,
      });
    }
  }
  return incidents
    .sort(
      (a, b) =>
        a.occurredAt.getTime() - b.occurredAt.getTime() ||
        a.entityRef.localeCompare(b.entityRef),
    )
    .map((incident, i) => ({
      id: `demo-incident-${String(i + 1).padStart(4, '0')}`,
      ...incident,
    }));
}
