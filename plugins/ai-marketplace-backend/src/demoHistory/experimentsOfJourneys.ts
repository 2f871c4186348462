import { DemoExperiment } from './DemoHistory';
import { DemoOrganisation } from './demoOrganisation';
import { DemoPeriod } from './DemoPeriod';
import { AssetPlan } from './planAssets';
import { Journey } from './planJourneys';
import { SeededRandom } from './SeededRandom';

const nameOf = (ref: string) => ref.slice(ref.indexOf('/') + 1);

const LEARNINGS_CHANCE = { adopted: 0.75, inconclusive: 0.5, abandoned: 0.45 };

/** Mostly whoever started it records the finish; sometimes a teammate. */
function finisher(r: SeededRandom, startedBy: string, team: string[]) {
  return r.chance(0.7) ? startedBy : r.pick(team);
}

/**
 * The experiments of the journeys that have one. Teams need the central AI
 * team less as the period goes on (self-serve rises from about half to most),
 * high-risk assets less so; most finished experiments link their learnings,
 * adoptions most often. The owner's DRI starts the owner's experiments.
 */
export function experimentsOfJourneys(options: {
  journeys: Journey[];
  plans: Map<string, AssetPlan>;
  organisation: DemoOrganisation;
  period: DemoPeriod;
  random: SeededRandom;
}): DemoExperiment[] {
  const { journeys, plans, organisation, period, random } = options;
  const members = new Map(organisation.teams.map(t => [t.ref, t.members]));
  const experiments = journeys
    .filter(j => j.experiment)
    .map(journey => {
      const { startedAt, finishedAt, outcome } = journey.experiment!;
      const asset = plans.get(journey.assetRef)!.asset;
      const r = random.fork(
        `experiment:${journey.assetRef}:${journey.teamRef}`,
      );
      const team = members.get(journey.teamRef)!;
      const startedBy =
        journey.owner && asset.dri && team.includes(asset.dri)
          ? asset.dri
          : r.pick(team);
      const selfServeChance =
        (0.62 + 0.3 * period.fraction(startedAt)) *
        (asset.riskTier === 'high' ? 0.8 : 1);
      const selfServe = r.chance(selfServeChance);
      const finished = Boolean(finishedAt && outcome);
      return {
        entityRef: journey.assetRef,
        teamRef: journey.teamRef,
        startedBy,
        startedAt,
        // A running experiment may not have said yet whether it needs help.
        selfServe: finished || r.chance(0.7) ? selfServe : null,
        finishedAt: finished ? finishedAt! : null,
        finishedBy: finished ? finisher(r, startedBy, team) : null,
        outcome: finished ? outcome! : null,
        learningsUrl:
          finished && r.chance(LEARNINGS_CHANCE[outcome!])
            ? `https://wiki.${organisation.domain}/ai-experiments/${nameOf(
                journey.teamRef,
              )}/${nameOf(journey.assetRef)}`
            : null,
      };
    })
    .sort(
      (a, b) =>
        a.startedAt.getTime() - b.startedAt.getTime() ||
        a.entityRef.localeCompare(b.entityRef) ||
        a.teamRef.localeCompare(b.teamRef),
    );
  return experiments.map((experiment, i) => ({
    id: `demo-experiment-${String(i + 1).padStart(4, '0')}`,
    ...experiment,
  }));
}
