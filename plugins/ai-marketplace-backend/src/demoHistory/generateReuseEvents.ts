import { ReuseEventType } from '@ai-marketplace/plugin-ai-marketplace-common';
import { ReuseEvent } from '../database/ReuseEventStore';
import { DemoTeam } from './demoOrganisation';
import { DAY_MS, DemoPeriod, HOUR_MS } from './DemoPeriod';
import { AssetPlan } from './planAssets';
import { CurationPlan, curationTarget } from './planCuration';
import { Journey } from './planJourneys';
import { SeededRandom } from './SeededRandom';

/** Events per day the whole history aims at, for a catalog of this many assets. */
export function targetEventsPerDay(assets: number): number {
  return Math.min(180, 8 * assets);
}

type Mix = Partial<Record<ReuseEventType, number>>;

/** What a team does with an asset in each stage; views and invocations dominate. */
const MIXES: Record<
  'owner' | 'browsing' | 'trying' | 'using',
  { workflow: Mix; library: Mix }
> = {
  owner: {
    workflow: { invoked: 0.6, viewed: 0.36, copied: 0.04 },
    library: { invoked: 0.45, viewed: 0.35, copied: 0.2 },
  },
  browsing: {
    workflow: { viewed: 0.88, copied: 0.12 },
    library: { viewed: 0.65, copied: 0.35 },
  },
  trying: {
    workflow: { invoked: 0.5, viewed: 0.42, copied: 0.08 },
    library: { invoked: 0.4, viewed: 0.32, copied: 0.28 },
  },
  using: {
    workflow: { invoked: 0.65, viewed: 0.31, copied: 0.04 },
    library: { invoked: 0.55, viewed: 0.27, copied: 0.18 },
  },
};

/** A working week and quiet weekends, by `getUTCDay()` (Sunday first). */
const WEEKDAY_FACTOR = [0.16, 1.0, 1.05, 1.05, 1.0, 0.8, 0.2];

/** How much a team uses an asset at a time, and how. */
function stage(
  journey: Journey,
  time: Date,
): { rate: number; mix: keyof typeof MIXES } {
  if (time < journey.discoveredAt) {
    return { rate: 0, mix: 'browsing' };
  }
  if (journey.owner) {
    return { rate: 1, mix: 'owner' };
  }
  if (journey.movedOnAt && time >= journey.movedOnAt) {
    return { rate: 0.1, mix: 'browsing' };
  }
  const experiment = journey.experiment;
  if (experiment && time >= experiment.startedAt) {
    if (!experiment.finishedAt || time < experiment.finishedAt) {
      return { rate: 0.6, mix: 'trying' };
    }
    switch (experiment.outcome) {
      case 'adopted':
        return { rate: 1, mix: 'using' };
      case 'inconclusive':
        return { rate: 0.2, mix: 'trying' };
      default:
        return { rate: 0.04, mix: 'browsing' };
    }
  }
  return { rate: 0.25, mix: 'browsing' };
}

/** Growth over the period, retirement, and a lift once featured. */
function assetFactor(
  plan: AssetPlan,
  curation: CurationPlan,
  period: DemoPeriod,
  time: Date,
): number {
  const progress = period.fraction(time);
  let factor = 0.7 + 0.3 * progress;
  if (plan.asset.lifecycle === 'deprecated') {
    factor *= Math.max(0.03, 1 - 1.1 * progress);
  }
  const featuredAt = curation.featuredAt.get(curationTarget(plan.asset.ref));
  if (featuredAt && time >= featuredAt) {
    factor *= 1.25;
  }
  const deprecatedAt = curation.deprecatedAt.get(
    curationTarget(plan.asset.ref),
  );
  if (deprecatedAt && time >= deprecatedAt) {
    factor *= 0.2;
  }
  return factor;
}

function promptWeight(
  plan: AssetPlan,
  promptId: string,
  curation: CurationPlan,
  time: Date,
): number {
  const target = curationTarget(plan.asset.ref, promptId);
  const deprecatedAt = curation.deprecatedAt.get(target);
  if (deprecatedAt && time >= deprecatedAt) {
    return 0;
  }
  const featuredAt = curation.featuredAt.get(target);
  const weight = plan.promptWeights.get(promptId) ?? 0;
  return featuredAt && time >= featuredAt ? weight * 1.5 : weight;
}

/** A time of day: working hours on weekdays, a late-morning lull on weekends. */
function timeOfDay(dayStart: Date, r: SeededRandom): Date {
  const weekend = [0, 6].includes(dayStart.getUTCDay());
  const hours = weekend
    ? r.between(9, 18)
    : 7 + 11 * ((r.next() + r.next()) / 2);
  return new Date(
    dayStart.getTime() + Math.floor((hours * HOUR_MS) / 1000) * 1000,
  );
}

/**
 * The reuse events of every journey, day by day: each day's count is drawn
 * around the journey's rate at that time (its stage, the weekday, growth,
 * curation), scaled so the whole history has about `targetEventsPerDay`
 * events a day. Each event's user is a member of the acting team; library
 * events name a prompt, except some views of the library as a whole.
 * Adoptions and forks are single events at their planned times.
 */
export function generateReuseEvents(options: {
  journeys: Journey[];
  plans: Map<string, AssetPlan>;
  curation: CurationPlan;
  teams: DemoTeam[];
  period: DemoPeriod;
  random: SeededRandom;
}): ReuseEvent[] {
  const { journeys, plans, curation, period, random } = options;
  const teams = new Map(options.teams.map(t => [t.ref, t]));
  const userWeights = new Map(
    options.teams.map(t => {
      const r = random.fork(`users:${t.ref}`);
      return [t.ref, new Map(t.members.map(m => [m, r.logNormal(0.5)]))];
    }),
  );
  const pickUser = (teamRef: string, r: SeededRandom) => {
    const weights = userWeights.get(teamRef)!;
    return r.weighted(teams.get(teamRef)!.members, m => weights.get(m)!);
  };
  const days = period.dayStarts();
  const noon = (day: Date) => new Date(day.getTime() + DAY_MS / 2);
  const rawRate = (journey: Journey, plan: AssetPlan, day: Date) =>
    plan.popularity *
    journey.intensity *
    stage(journey, noon(day)).rate *
    assetFactor(plan, curation, period, noon(day)) *
    WEEKDAY_FACTOR[day.getUTCDay()];

  let expected = 0;
  for (const journey of journeys) {
    const plan = plans.get(journey.assetRef)!;
    for (const day of days) {
      expected += rawRate(journey, plan, day);
    }
  }
  const target = targetEventsPerDay(plans.size) * period.days;
  const scale = expected > 0 ? target / expected : 0;

  const events: Array<Omit<ReuseEvent, 'id'>> = [];
  for (const journey of journeys) {
    const plan = plans.get(journey.assetRef)!;
    const library = plan.asset.kind === 'promptlibrary';
    const r = random.fork(`events:${journey.assetRef}:${journey.teamRef}`);
    const base = {
      entityRef: journey.assetRef,
      teamRef: journey.teamRef,
    };
    const usable = (time: Date) =>
      time > plan.registeredAt && time < period.now;

    for (const day of days) {
      const count = r.poisson(scale * rawRate(journey, plan, day));
      for (let i = 0; i < count; i++) {
        const occurredAt = timeOfDay(day, r);
        const current = stage(journey, occurredAt);
        if (!usable(occurredAt) || current.rate === 0) {
          continue;
        }
        const mix = MIXES[current.mix][library ? 'library' : 'workflow'];
        const type = r.weighted(
          Object.keys(mix) as ReuseEventType[],
          t => mix[t]!,
        );
        let promptId: string | undefined;
        if (library && !(type === 'viewed' && r.chance(0.25))) {
          const prompts = plan.asset.promptIds.filter(
            id => promptWeight(plan, id, curation, occurredAt) > 0,
          );
          if (!prompts.length) {
            continue;
          }
          promptId = r.weighted(prompts, id =>
            promptWeight(plan, id, curation, occurredAt),
          );
        }
        events.push({
          ...base,
          promptId,
          type,
          userRef: pickUser(journey.teamRef, r),
          occurredAt,
        });
      }
    }

    const milestones: Array<[ReuseEventType, Date]> = [
      ...journey.forks.map(at => ['forked', at] as [ReuseEventType, Date]),
      ...(journey.adoptedAt
        ? [['adopted', journey.adoptedAt] as [ReuseEventType, Date]]
        : []),
    ];
    for (const [type, occurredAt] of milestones) {
      if (usable(occurredAt)) {
        events.push({
          ...base,
          type,
          userRef: pickUser(journey.teamRef, r),
          occurredAt: new Date(Math.floor(occurredAt.getTime() / 1000) * 1000),
        });
      }
    }
  }

  return events
    .sort(
      (a, b) =>
        a.occurredAt.getTime() - b.occurredAt.getTime() ||
        a.entityRef.localeCompare(b.entityRef) ||
        a.teamRef.localeCompare(b.teamRef) ||
        a.userRef.localeCompare(b.userRef) ||
        a.type.localeCompare(b.type) ||
        (a.promptId ?? '').localeCompare(b.promptId ?? ''),
    )
    .map(({ promptId, ...event }, i) => ({
      id: `demo-reuse-${String(i + 1).padStart(6, '0')}`,
      ...event,
      ...(promptId === undefined ? {} : { promptId }),
    }));
}
