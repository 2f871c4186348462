import { DemoCurationDecision } from './DemoHistory';
import { DemoOrganisation } from './demoOrganisation';
import { DemoPeriod } from './DemoPeriod';
import { AssetPlan } from './planAssets';
import { SeededRandom } from './SeededRandom';

/** The curation decisions, and when they change how an asset or prompt is used. */
export type CurationPlan = {
  decisions: Array<Omit<DemoCurationDecision, 'id'>>;
  /** Keyed by `curationTarget`: when it was featured. */
  featuredAt: Map<string, Date>;
  /** Keyed by `curationTarget`: when it was deprecated. */
  deprecatedAt: Map<string, Date>;
};

/** The key of an asset (`promptId` '') or of one prompt of a library. */
export function curationTarget(entityRef: string, promptId = ''): string {
  return promptId ? `${entityRef}#${promptId}` : entityRef;
}

const LIBRARY_REVIEW_NOTES = [
  'Reviewed every prompt against the guild checklist; examples and model lists are current.',
  'Quarterly review: variables documented, outdated examples replaced, nothing to retire.',
  'Reviewed with the owning team: two examples refreshed, versions bumped where templates changed.',
];

const WORKFLOW_REVIEW_NOTES = [
  'Guild review: evaluation set, kill switch and escalation checked; fine for other teams to reuse.',
  'Guild review: approvals and data classification match the action tier; documentation is enough to adopt it.',
  'Guild review: checked the evaluation gate and the rollback plan; asked the owners to publish results.',
];

const PILOT_REVIEW_NOTE =
  'Guild review of the pilot: scope and approvals are fine for the pilot; revisit before production.';

const plus = DemoPeriod.plusDays;

/** The library's own review dates (spec.reviewedAt, earlier ones at its cadence) in the period. */
function libraryReviewDates(
  plan: AssetPlan,
  period: DemoPeriod,
  r: SeededRandom,
): Date[] {
  const { reviewedAt, reviewCadenceDays } = plan.asset;
  const last = reviewedAt ? Date.parse(`${reviewedAt}T00:00:00Z`) : NaN;
  if (Number.isNaN(last)) {
    return [];
  }
  const dates: Date[] = [];
  for (
    let day = new Date(last);
    day >= period.start && day > plan.registeredAt;
    day = plus(day, -(reviewCadenceDays ?? 90))
  ) {
    const at = plus(day, r.between(0.35, 0.7));
    if (at < period.now && at > plan.registeredAt) {
      dates.push(at);
    }
  }
  return dates;
}

/**
 * What guild leads decided about the assets their guild curates: library
 * reviews on the dates the libraries say they were reviewed, a review of
 * each curated workflow some weeks after it appeared, the guild's most
 * popular asset (and library prompt) featured, and one decision to
 * deprecate — a retired asset if a guild curates one, otherwise the least
 * used prompt. Guilds without known leads decide nothing.
 */
export function planCuration(
  organisation: DemoOrganisation,
  plans: Map<string, AssetPlan>,
  period: DemoPeriod,
  random: SeededRandom,
): CurationPlan {
  const result: CurationPlan = {
    decisions: [],
    featuredAt: new Map(),
    deprecatedAt: new Map(),
  };
  const decide = (
    r: SeededRandom,
    leads: string[],
    decision: Omit<DemoCurationDecision, 'id' | 'decidedBy'>,
  ) => {
    result.decisions.push({ ...decision, decidedBy: r.pick(leads) });
  };
  const byPopularity = (a: AssetPlan, b: AssetPlan) =>
    b.popularity - a.popularity || a.asset.ref.localeCompare(b.asset.ref);
  const topPrompt = (plan: AssetPlan) =>
    [...plan.promptWeights].sort(
      ([a, wa], [b, wb]) => wb - wa || a.localeCompare(b),
    )[0]?.[0];

  const deprecationCandidates: Array<{
    plan: AssetPlan;
    promptId: string;
    weight: number;
    leads: string[];
  }> = [];

  for (const guild of organisation.guilds) {
    if (!guild.leads.length) {
      continue;
    }
    const r = random.fork(`curation:${guild.ref}`);
    const curated = [...plans.values()]
      .filter(
        p => p.asset.guildRef === guild.ref && p.registeredAt < period.now,
      )
      .sort(byPopularity);

    for (const plan of curated) {
      const { asset } = plan;
      if (asset.kind === 'promptlibrary') {
        for (const at of libraryReviewDates(plan, period, r)) {
          decide(r, guild.leads, {
            entityRef: asset.ref,
            promptId: '',
            decision: 'reviewed',
            note: r.pick(LIBRARY_REVIEW_NOTES),
            decidedAt: at,
          });
        }
      } else {
        const at = plus(plan.registeredAt, r.between(7, 30));
        if (at < period.now) {
          decide(r, guild.leads, {
            entityRef: asset.ref,
            promptId: '',
            decision: 'reviewed',
            note:
              asset.lifecycle === 'experimental'
                ? PILOT_REVIEW_NOTE
                : r.pick(WORKFLOW_REVIEW_NOTES),
            decidedAt: at,
          });
        }
      }
    }

    const featureAt = (plan: AssetPlan) =>
      new Date(
        plan.registeredAt.getTime() +
          (period.now.getTime() - plan.registeredAt.getTime()) *
            r.between(0.2, 0.5),
      );
    const top = curated.find(p => p.asset.lifecycle !== 'deprecated');
    if (top) {
      const at = featureAt(top);
      result.featuredAt.set(curationTarget(top.asset.ref), at);
      decide(r, guild.leads, {
        entityRef: top.asset.ref,
        promptId: '',
        decision: 'featured',
        note: null,
        decidedAt: at,
      });
    }
    const library = curated.find(
      p => p.asset.kind === 'promptlibrary' && p.promptWeights.size > 0,
    );
    const prompt = library && topPrompt(library);
    if (library && prompt) {
      const at = featureAt(library);
      result.featuredAt.set(curationTarget(library.asset.ref, prompt), at);
      decide(r, guild.leads, {
        entityRef: library.asset.ref,
        promptId: prompt,
        decision: 'featured',
        note: null,
        decidedAt: at,
      });
    }

    for (const plan of curated) {
      if (plan.asset.lifecycle === 'deprecated') {
        deprecationCandidates.push({
          plan,
          promptId: '',
          weight: -1,
          leads: guild.leads,
        });
      }
      if (plan.promptWeights.size > 1) {
        for (const [promptId, weight] of plan.promptWeights) {
          if (
            !result.featuredAt.has(curationTarget(plan.asset.ref, promptId))
          ) {
            deprecationCandidates.push({
              plan,
              promptId,
              weight,
              leads: guild.leads,
            });
          }
        }
      }
    }
  }

  const retire = deprecationCandidates.sort(
    (a, b) =>
      a.weight - b.weight ||
      curationTarget(a.plan.asset.ref, a.promptId).localeCompare(
        curationTarget(b.plan.asset.ref, b.promptId),
      ),
  )[0];
  if (retire) {
    const r = random.fork('curation:deprecation');
    const { plan, promptId } = retire;
    const at = new Date(
      plan.registeredAt.getTime() +
        (period.now.getTime() - plan.registeredAt.getTime()) *
          r.between(0.5, 0.8),
    );
    result.deprecatedAt.set(curationTarget(plan.asset.ref, promptId), at);
    decide(r, retire.leads, {
      entityRef: plan.asset.ref,
      promptId,
      decision: 'deprecated',
      note: promptId
        ? `Hardly used since it was added and overlaps other prompts of ${plan.asset.title}; keep it for reference, not for new work.`
        : `${plan.asset.title} is retired; use the workflow that replaced it.`,
      decidedAt: at,
    });
  }
  return result;
}
