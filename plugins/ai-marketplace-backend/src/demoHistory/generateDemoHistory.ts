import { Entity } from '@backstage/catalog-model';
import { DemoCatalogAsset, DemoHistory } from './DemoHistory';
import { demoOrganisation } from './demoOrganisation';
import { DemoPeriod } from './DemoPeriod';
import { experimentsOfJourneys } from './experimentsOfJourneys';
import { generateEvaluationResults } from './generateEvaluationResults';
import { generateIncidents } from './generateIncidents';
import { generateReuseEvents } from './generateReuseEvents';
import { AssetPlan, planAssets } from './planAssets';
import { planCuration } from './planCuration';
import { planJourneys } from './planJourneys';
import { SeededRandom } from './SeededRandom';

/** The seed the portal uses: every fresh demo database looks alike. */
export const DEMO_HISTORY_SEED = 'ai-marketplace-demo-history';

function catalogAsset(plan: AssetPlan): DemoCatalogAsset {
  const { asset } = plan;
  return {
    entityRef: asset.ref,
    kind: asset.kind,
    title: asset.title,
    ownerRef: asset.ownerRef,
    function: asset.function ?? null,
    guildRef: asset.guildRef ?? null,
    lifecycle: asset.lifecycle ?? null,
    derivedFromRef: asset.derivedFromRef ?? null,
    evaluationThreshold: asset.evaluation?.threshold ?? null,
    errorBudgetIncidents: asset.errorBudget?.incidents ?? null,
    errorBudgetPeriod: asset.errorBudget?.period ?? null,
    firstSeenAt: plan.registeredAt,
  };
}

/**
 * Plausible activity of the organisation in the catalog over the last `days`
 * days up to `now`: asset registrations, reuse events, experiments,
 * evaluation results, incidents and curation decisions, all derived from the
 * given AIWorkflow, PromptLibrary, Group and User entities. Pure and
 * deterministic: the same seed, entities and `now` give the same history.
 */
export function generateDemoHistory(options: {
  entities: Entity[];
  now: Date;
  days: number;
  seed?: string;
}): DemoHistory {
  const random = new SeededRandom(options.seed ?? DEMO_HISTORY_SEED);
  const period = new DemoPeriod(options.now, options.days);
  const organisation = demoOrganisation(options.entities);
  const plans = planAssets(organisation, period, random);
  const curation = planCuration(organisation, plans, period, random);
  const journeys = planJourneys(organisation, plans, period, random);

  return {
    assets: [...plans.values()].map(catalogAsset),
    reuseEvents: generateReuseEvents({
      journeys,
      plans,
      curation,
      teams: organisation.teams,
      period,
      random,
    }),
    experiments: experimentsOfJourneys({
      journeys,
      plans,
      organisation,
      period,
      random,
    }),
    evaluationResults: generateEvaluationResults({ plans, period, random }),
    incidents: generateIncidents({ plans, organisation, period, random }),
    curationDecisions: curation.decisions
      .sort(
        (a, b) =>
          a.decidedAt.getTime() - b.decidedAt.getTime() ||
          a.entityRef.localeCompare(b.entityRef) ||
          a.promptId.localeCompare(b.promptId),
      )
      .map((decision, i) => ({
        id: `demo-curation-${String(i + 1).padStart(4, '0')}`,
        ...decision,
      })),
  };
}
