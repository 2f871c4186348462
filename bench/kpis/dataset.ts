import { ReuseEvent } from '../../plugins/ai-marketplace-backend/src/database/ReuseEventStore';
import { seededRandom32 } from '../../plugins/ai-marketplace-backend/src/duplicates/hash';

/**
 * A generated organisation for the KPI benchmark, from a fixed seed: teams,
 * the catalog snapshot, reuse events (generated lazily, in batches) and the
 * other records in proportion to the events.
 */

const DAY_MS = 86_400_000;

export type BenchSizes = {
  events: number;
  assets: number;
  teams: number;
  days: number;
};

export type BenchAsset = {
  entity_ref: string;
  kind: 'aiworkflow' | 'promptlibrary';
  title: string;
  owner_ref: string;
  function: string;
  guild_ref: string | null;
  lifecycle: string;
  derived_from_ref: string | null;
  evaluation_threshold: number | null;
  error_budget_incidents: number | null;
  error_budget_period: string | null;
  first_seen_at: Date;
  last_seen_at: Date;
  removed_at: Date | null;
};

const FUNCTIONS = [
  'support',
  'sales',
  'finance',
  'legal',
  'hr',
  'marketing',
  'engineering',
  'operations',
  'r-and-d',
];

/** Uniform floats in [0, 1) from the shared seeded generator. */
export function seededFloats(seed: number): () => number {
  const next = seededRandom32(seed);
  return () => next() / 4294967296;
}

/** Draws an index in [0, n) with Zipf weights 1 / (i + 1)^s. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, s);
    cumulative[i] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export class BenchDataset {
  readonly teams: string[];
  /** The central AI teams (they also own a share of the workflows). */
  readonly coordinationGroups: string[];
  readonly assets: BenchAsset[];
  /** The last day of the data, `YYYY-MM-DD`: the benchmark's "today". */
  readonly lastDay: string;
  private readonly end: Date;
  private readonly start: Date;
  private readonly random: () => number;
  /** Assets by popularity (index 0 the most used) and who uses each. */
  private readonly byPopularity: number[];
  private readonly adopters: string[][];
  private readonly pickPopular: () => number;
  private readonly pickTeam: () => number;

  constructor(readonly sizes: BenchSizes, seed = 20261121) {
    this.random = seededFloats(seed);
    const random = this.random;
    this.lastDay = '2026-11-20';
    this.end = new Date(Date.parse(`${this.lastDay}T00:00:00Z`) + DAY_MS);
    this.start = new Date(this.end.getTime() - sizes.days * DAY_MS);
    this.teams = Array.from(
      { length: sizes.teams },
      (_, i) => `group:default/team-${pad(i + 1, 3)}`,
    );
    this.coordinationGroups = this.teams.slice(0, 2);
    // Teams differ in size and activity: a few large ones.
    this.pickTeam = zipf(sizes.teams, 0.8, random);
    const guilds = Array.from(
      { length: 12 },
      (_, i) => `group:default/guild-${pad(i + 1, 2)}`,
    );

    this.assets = [];
    for (let i = 0; i < sizes.assets; i++) {
      const workflow = i % 5 < 3;
      const central = workflow && random() < 0.08;
      const owner = central
        ? this.coordinationGroups[Math.floor(random() * 2)]
        : this.teams[this.pickTeam()];
      const home = this.teams.indexOf(owner) % FUNCTIONS.length;
      const fn =
        random() < 0.8
          ? FUNCTIONS[home]
          : FUNCTIONS[Math.floor(random() * FUNCTIONS.length)];
      // 70 % registered before the period (over the 400 days before it),
      // 30 % during it.
      const firstSeen =
        random() < 0.7
          ? this.start.getTime() - random() * 400 * DAY_MS
          : this.start.getTime() + random() * sizes.days * 0.95 * DAY_MS;
      const removed =
        random() < 0.03
          ? firstSeen + random() * (this.end.getTime() - firstSeen)
          : null;
      const budget = workflow && random() < 0.6;
      const name = `${workflow ? 'workflow' : 'prompts'}-${pad(i, 5)}`;
      this.assets.push({
        entity_ref: `${
          workflow ? 'aiworkflow' : 'promptlibrary'
        }:default/${name}`,
        kind: workflow ? 'aiworkflow' : 'promptlibrary',
        title: name,
        owner_ref: owner,
        function: fn,
        guild_ref:
          random() < 0.7
            ? guilds[(home + Math.floor(random() * 2)) % guilds.length]
            : null,
        lifecycle: 'production',
        derived_from_ref: null,
        evaluation_threshold:
          workflow && random() < 0.7
            ? Math.round((0.7 + random() * 0.25) * 100) / 100
            : null,
        error_budget_incidents: budget ? 1 + Math.floor(random() * 5) : null,
        error_budget_period: budget
          ? ['P7D', 'P30D', 'P30D', 'P1M', 'P90D'][Math.floor(random() * 5)]
          : null,
        first_seen_at: new Date(firstSeen),
        last_seen_at: new Date(removed ?? this.end.getTime()),
        removed_at: removed === null ? null : new Date(removed),
      });
    }

    // Popularity: a random order, Zipf-weighted (s = 1.1): the top asset
    // draws about 9 % of the events, the top 100 about half.
    this.byPopularity = this.assets.map((_, i) => i).sort(() => random() - 0.5);
    this.pickPopular = zipf(sizes.assets, 1.1, random);
    // Popular assets are adopted by many teams, most by two or three.
    this.adopters = this.byPopularity.map(() => []);
    this.byPopularity.forEach((assetIndex, rank) => {
      const asset = this.assets[assetIndex];
      const count = Math.min(
        sizes.teams - 1,
        Math.round(1 + 200 / Math.sqrt(rank + 1) + random() * 2),
      );
      const teams = new Set([asset.owner_ref]);
      while (teams.size < count + 1) {
        teams.add(this.teams[this.pickTeam()]);
      }
      this.adopters[rank] = [...teams];
    });

    // 10 % of the workflows are adapted from a more popular one.
    const workflows = this.byPopularity.filter(
      i => this.assets[i].kind === 'aiworkflow',
    );
    workflows.forEach((assetIndex, position) => {
      if (position > 20 && random() < 0.1) {
        const origin = workflows[Math.floor(random() * random() * position)];
        this.assets[assetIndex].derived_from_ref =
          this.assets[origin].entity_ref;
      }
    });
  }

  /** The window of the last `days` days of the data. */
  window(days: number): { from: string; to: string } {
    return {
      from: new Date(this.end.getTime() - days * DAY_MS)
        .toISOString()
        .slice(0, 10),
      to: this.lastDay,
    };
  }

  private listedAt(asset: BenchAsset, time: number): boolean {
    return (
      asset.first_seen_at.getTime() <= time &&
      (asset.removed_at === null || asset.removed_at.getTime() > time)
    );
  }

  /**
   * The reuse events in time order, in batches of `size`: the way they reach
   * the backend. Use grows over the period (the daily count rises linearly,
   * so the last 30 of 180 days hold about 31 % of the events), and an asset
   * is used only while it is listed.
   */
  *eventBatches(size: number): Generator<ReuseEvent[]> {
    const random = this.random;
    const { events: total, days } = this.sizes;
    let n = 0;
    let batch: ReuseEvent[] = [];
    for (let day = 0; day < days; day++) {
      const upTo = Math.round(total * ((day + 1) / days) ** 2);
      const dayStart = this.start.getTime() + day * DAY_MS;
      const times = Array.from(
        { length: upTo - n },
        () => dayStart + Math.floor(random() * DAY_MS),
      ).sort((x, y) => x - y);
      for (const time of times) {
        let rank = this.pickPopular();
        while (!this.listedAt(this.assets[this.byPopularity[rank]], time)) {
          rank = this.pickPopular();
        }
        batch.push(this.event(n++, rank, new Date(time)));
        if (batch.length === size) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length) {
      yield batch;
    }
  }

  private event(n: number, rank: number, occurredAt: Date): ReuseEvent {
    const random = this.random;
    const asset = this.assets[this.byPopularity[rank]];
    const draw = random();
    // Mostly invoked (55 %) and viewed (30 %).
    let type: ReuseEvent['type'] = 'invoked';
    if (draw >= 0.97) {
      type = 'forked';
    } else if (draw >= 0.92) {
      type = 'adopted';
    } else if (draw >= 0.85) {
      type = 'copied';
    } else if (draw >= 0.55) {
      type = 'viewed';
    }
    let team: string;
    if (type === 'viewed' && random() < 0.4) {
      team = this.teams[this.pickTeam()]; // browsing: anyone
    } else if (random() < 0.45) {
      team = asset.owner_ref;
    } else {
      // Another adopter, the first ones (the early adopters) most.
      const others = this.adopters[rank].slice(1);
      team = others.length
        ? others[Math.floor(random() * random() * others.length)]
        : asset.owner_ref;
    }
    return {
      id: `ev-${n}`,
      entityRef: asset.entity_ref,
      promptId:
        asset.kind === 'promptlibrary' && random() < 0.7
          ? `prompt-${1 + Math.floor(random() * 8)}`
          : undefined,
      type,
      userRef: `user:default/${team.split('/')[1]}-${Math.floor(
        random() * 12,
      )}`,
      teamRef: team,
      occurredAt,
    };
  }

  /** Experiments: one per 50 events; 70 % self-serve, 75 % finished. */
  experiments(count: number): Record<string, unknown>[] {
    const random = this.random;
    return Array.from({ length: count }, (_, n) => {
      const rank = Math.min(this.pickPopular() * 3, this.assets.length - 1);
      const asset = this.assets[this.byPopularity[rank]];
      const adopters = this.adopters[rank];
      const from = Math.max(
        this.start.getTime(),
        asset.first_seen_at.getTime() - 3 * DAY_MS,
      );
      const startedAt = from + random() * (this.end.getTime() - from);
      const finishedAt = startedAt + (3 + random() * 40) * DAY_MS;
      const finished = random() < 0.75 && finishedAt < this.end.getTime();
      const selfServe = random();
      return {
        id: `x-${n}`,
        entity_ref: asset.entity_ref,
        team_ref: adopters[Math.floor(random() * adopters.length)],
        started_by: 'user:default/bench',
        started_at: new Date(startedAt),
        self_serve: selfServe < 0.7 ? true : selfServe < 0.9 ? false : null,
        finished_at: finished ? new Date(finishedAt) : null,
        finished_by: finished ? 'user:default/bench' : null,
        outcome: finished ? 'adopted' : null,
        learnings_url:
          finished && random() < 0.55
            ? `https://wiki.example.com/learnings/${n}`
            : null,
      };
    });
  }

  /** Evaluation results: one per 16 events, on workflows, around their threshold. */
  evaluations(count: number): Record<string, unknown>[] {
    const random = this.random;
    const workflows = this.assets.filter(a => a.kind === 'aiworkflow');
    return Array.from({ length: count }, (_, n) => {
      const asset = workflows[Math.floor(random() * workflows.length)];
      const passRate = Math.min(
        1,
        Math.max(
          0,
          (asset.evaluation_threshold ?? 0.85) + (random() - 0.4) * 0.2,
        ),
      );
      const threshold = asset.evaluation_threshold;
      return {
        id: `r-${n}`,
        entity_ref: asset.entity_ref,
        workflow_version: `v${1 + Math.floor(random() * 20)}`,
        dataset: 'datasets/cases.jsonl',
        pass_rate: passRate,
        threshold,
        passed: threshold === null ? null : passRate >= threshold,
        evaluated_at: new Date(
          this.end.getTime() - random() * this.sizes.days * DAY_MS,
        ),
        reported_by: 'service:ci',
      };
    });
  }

  /** AI incidents: one per 200 events, on popular workflows more often. */
  incidents(count: number): Record<string, unknown>[] {
    const random = this.random;
    return Array.from({ length: count }, (_, n) => {
      let asset = this.assets[this.byPopularity[this.pickPopular()]];
      while (asset.kind !== 'aiworkflow') {
        asset = this.assets[this.byPopularity[this.pickPopular()]];
      }
      const severity = random();
      return {
        id: `i-${n}`,
        entity_ref: asset.entity_ref,
        severity:
          severity < 0.05
            ? 'sev1'
            : severity < 0.2
            ? 'sev2'
            : severity < 0.6
            ? 'sev3'
            : 'sev4',
        summary: 'Generated incident',
        occurred_at: new Date(
          this.end.getTime() - random() * this.sizes.days * DAY_MS,
        ),
        reported_by: 'user:default/bench',
        team_ref: null,
      };
    });
  }

  /** Near-duplicate clusters of the last run: pairs and triples across teams. */
  duplicateClusters(clusters: number): Record<string, unknown>[] {
    const random = this.random;
    const rows: Record<string, unknown>[] = [];
    for (let c = 0; c < clusters; c++) {
      const size = random() < 0.7 ? 2 : 3;
      const members = new Set<number>();
      while (members.size < size) {
        members.add(Math.floor(random() * this.assets.length));
      }
      for (const index of members) {
        const asset = this.assets[index];
        rows.push({
          cluster_id: `cluster-${c}`,
          item_id: asset.entity_ref,
          entity_ref: asset.entity_ref,
          prompt_id: '',
          owner_ref: asset.owner_ref,
          title: asset.title,
          similarity: 0.6 + random() * 0.4,
          detected_at: new Date(this.end.getTime() - DAY_MS / 2),
        });
      }
    }
    return rows;
  }
}
