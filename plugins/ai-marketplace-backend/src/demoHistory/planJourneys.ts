import { ExperimentOutcome } from '@ai-marketplace/plugin-ai-marketplace-common';
import { DemoOrganisation } from './demoOrganisation';
import { DemoPeriod, HOUR_MS, later } from './DemoPeriod';
import { AssetPlan } from './planAssets';
import { SeededRandom } from './SeededRandom';

/** A team's experiment with an asset; no finish while it is still running. */
export type PlannedExperiment = {
  startedAt: Date;
  finishedAt?: Date;
  outcome?: ExperimentOutcome;
};

/**
 * How one team came to use one asset: it discovered it, perhaps tried it in
 * an experiment, and then adopted it, gave up, or moved on to its own
 * derived version. The owner team uses its asset from its registration.
 */
export type Journey = {
  assetRef: string;
  teamRef: string;
  owner: boolean;
  discoveredAt: Date;
  experiment?: PlannedExperiment;
  /** When the team recorded adopting it (an `adopted` event). */
  adoptedAt?: Date;
  /** When the team forked it (`forked` events). */
  forks: Date[];
  /** From here on the team uses the workflow it derived from this one. */
  movedOnAt?: Date;
  /** How much the team uses it, relative to the owner. */
  intensity: number;
};

const plus = DemoPeriod.plusDays;

function ownerExperiment(
  plan: AssetPlan,
  period: DemoPeriod,
  r: SeededRandom,
): PlannedExperiment | undefined {
  if (plan.asset.lifecycle === 'deprecated' || !r.chance(0.75)) {
    return undefined;
  }
  const pilot = plan.asset.lifecycle === 'experimental';
  const startedAt = plus(plan.registeredAt, r.between(1, 14));
  const finishedAt = plus(
    startedAt,
    pilot ? r.between(25, 70) : r.between(7, 30),
  );
  if (startedAt >= period.now) {
    return undefined;
  }
  // Most pilots of an experimental asset are still running: it is experimental.
  if (finishedAt >= period.now || (pilot && r.chance(0.8))) {
    return { startedAt };
  }
  const adopted = r.chance(pilot ? 0.5 : 0.85);
  return {
    startedAt,
    finishedAt,
    outcome: adopted ? 'adopted' : 'inconclusive',
  };
}

/** A team that found the asset on its own: it browses, and may try it. */
function consumerJourney(
  plan: AssetPlan,
  teamRef: string,
  period: DemoPeriod,
  r: SeededRandom,
  options: { intensity: [number, number]; experimentChance: number },
): Journey | undefined {
  const available =
    (period.now.getTime() - plan.registeredAt.getTime()) / 86_400_000;
  const discoveredAt = plus(
    plan.registeredAt,
    r.between(2, Math.max(3, 0.85 * available)),
  );
  if (discoveredAt >= period.now) {
    return undefined;
  }
  const journey: Journey = {
    assetRef: plan.asset.ref,
    teamRef,
    owner: false,
    discoveredAt,
    forks: [],
    intensity: r.between(...options.intensity),
  };
  if (r.chance(options.experimentChance)) {
    const startedAt = plus(discoveredAt, r.between(2, 21));
    const finishedAt = plus(startedAt, r.between(10, 45));
    if (startedAt < period.now) {
      if (finishedAt >= period.now) {
        journey.experiment = { startedAt };
      } else {
        const outcome = r.weighted(
          ['adopted', 'inconclusive', 'abandoned'] as const,
          o => ({ adopted: 0.5, inconclusive: 0.25, abandoned: 0.25 }[o]),
        );
        journey.experiment = { startedAt, finishedAt, outcome };
        journey.adoptedAt = outcome === 'adopted' ? finishedAt : undefined;
      }
    }
  }
  return journey;
}

/**
 * Which teams use which asset, and how: the owner; the teams that forked a
 * workflow to derive their own; the teams whose workflows use a library;
 * the teams that contributed to a workflow; members' teams of the curating
 * guild; and, for popular assets, a few other teams.
 */
export function planJourneys(
  organisation: DemoOrganisation,
  plans: Map<string, AssetPlan>,
  period: DemoPeriod,
  random: SeededRandom,
): Journey[] {
  const actingTeams = organisation.teams.map(t => t.ref);
  const allPlans = [...plans.values()];
  const journeys: Journey[] = [];

  for (const plan of allPlans) {
    const { asset, registeredAt } = plan;
    const r = random.fork(`journeys:${asset.ref}`);
    const byTeam = new Map<string, Journey>();
    const add = (journey: Journey | undefined) => {
      if (
        journey &&
        !byTeam.has(journey.teamRef) &&
        actingTeams.includes(journey.teamRef)
      ) {
        byTeam.set(journey.teamRef, journey);
      }
    };

    add({
      assetRef: asset.ref,
      teamRef: asset.ownerRef,
      owner: true,
      discoveredAt: registeredAt,
      experiment: ownerExperiment(plan, period, r),
      forks: [],
      intensity: 1,
    });

    // A derived workflow's team tried the source, forked it, and built its own.
    for (const derived of allPlans) {
      if (
        derived.asset.derivedFromRef !== asset.ref ||
        !derived.forkedSourceAt
      ) {
        continue;
      }
      const forkedAt = derived.forkedSourceAt;
      const team = derived.asset.ownerRef;
      const existing = byTeam.get(team);
      if (existing) {
        existing.forks.push(forkedAt);
        continue;
      }
      const discoveredAt = later(
        new Date(registeredAt.getTime() + HOUR_MS),
        plus(forkedAt, -r.between(8, 20)),
      );
      add({
        assetRef: asset.ref,
        teamRef: team,
        owner: false,
        discoveredAt,
        experiment: {
          startedAt: new Date(
            discoveredAt.getTime() +
              (forkedAt.getTime() - discoveredAt.getTime()) *
                r.between(0.3, 0.7),
          ),
          finishedAt: derived.registeredAt,
          outcome: 'adopted',
        },
        forks: [forkedAt],
        movedOnAt: derived.registeredAt,
        intensity: r.between(0.3, 0.6),
      });
    }

    // A team whose workflow uses this library adopted it while building it.
    for (const user of allPlans) {
      if (
        !user.asset.libraryRefs.includes(asset.ref) ||
        user.asset.ownerRef === asset.ownerRef
      ) {
        continue;
      }
      const adoptedAt = later(
        plus(registeredAt, r.between(1, 5)),
        plus(user.registeredAt, -r.between(0, 10)),
      );
      if (adoptedAt >= period.now || byTeam.has(user.asset.ownerRef)) {
        continue;
      }
      const discoveredAt = later(
        new Date(registeredAt.getTime() + HOUR_MS),
        plus(adoptedAt, -r.between(5, 20)),
      );
      add({
        assetRef: asset.ref,
        teamRef: user.asset.ownerRef,
        owner: false,
        discoveredAt,
        experiment: {
          startedAt: new Date(
            discoveredAt.getTime() +
              (adoptedAt.getTime() - discoveredAt.getTime()) *
                r.between(0.3, 0.7),
          ),
          finishedAt: adoptedAt,
          outcome: 'adopted',
        },
        adoptedAt,
        forks: r.chance(0.15) ? [new Date(adoptedAt.getTime() + HOUR_MS)] : [],
        intensity: r.between(0.4, 0.9),
      });
    }

    for (const team of asset.partnerTeams) {
      add(
        consumerJourney(plan, team, period, r, {
          intensity: [0.15, 0.35],
          experimentChance: 0.4,
        }),
      );
    }

    const guild = organisation.guilds.find(g => g.ref === asset.guildRef);
    for (const team of guild?.memberTeams ?? []) {
      if (r.chance(Math.min(0.8, 0.35 * plan.popularity))) {
        add(
          consumerJourney(plan, team, period, r, {
            intensity: [0.2, 0.8],
            experimentChance: 0.6,
          }),
        );
      }
    }

    const others = actingTeams.filter(t => !byTeam.has(t));
    for (
      let n = r.poisson(0.7 * plan.popularity);
      n > 0 && others.length;
      n--
    ) {
      const team = others.splice(r.int(0, others.length - 1), 1)[0];
      add(
        consumerJourney(plan, team, period, r, {
          intensity: [0.1, 0.6],
          experimentChance: 0.5,
        }),
      );
    }

    journeys.push(...byTeam.values());
  }
  return journeys;
}
