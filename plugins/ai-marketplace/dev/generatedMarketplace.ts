import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogApi } from '@backstage/plugin-catalog-react';
import type { TopAssetsKpi } from '@ai-marketplace/plugin-ai-marketplace-common';
import type { MarketplaceApi } from '../src/api';

/*
 * A generated organisation for the dev app and the marketplace benchmark
 * (bench/marketplace): `count` AI assets owned by 120 teams, curated by 12
 * guilds, with reuse numbers the way `GET /kpis/top-assets` reports them.
 * Responses go through JSON, as they would from the catalog and the backend.
 */

const TEAMS = 120;
const GUILDS = 12;
const FUNCTIONS = [
  'sales',
  'support',
  'legal',
  'finance',
  'operations',
  'engineering',
  'hr',
  'marketing',
  'r-and-d',
];
const SUBJECTS = [
  'ticket',
  'invoice',
  'contract',
  'lead',
  'incident',
  'candidate',
  'campaign',
  'order',
  'refund',
  'release',
  'expense',
  'policy',
  'forecast',
  'onboarding',
  'survey',
];
const TASKS = [
  'triage',
  'summary',
  'review',
  'drafting',
  'classification',
  'routing',
  'extraction',
  'scoring',
  'translation',
  'reconciliation',
];
const WORKFLOW_TYPES = ['assistant', 'agent', 'pipeline', 'template'];
const ACTION_TIERS = ['read', 'recommend', 'write', 'execute'];
const RISK_TIERS = ['low', 'medium', 'high'];
const LIFECYCLES = ['experimental', 'production', 'production', 'deprecated'];
const TAGS = ['email', 'chat', 'crm', 'erp', 'pii', 'multilingual', 'batch'];

/** mulberry32: a small PRNG, so that every run sees the same catalog. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The generated catalog: assets, their teams and guilds, and reuse. */
export type GeneratedMarketplace = {
  assets: Entity[];
  groups: Entity[];
  topAssets: TopAssetsKpi['items'];
};

export function generateMarketplace(
  count: number,
  seed = 5,
): GeneratedMarketplace {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T =>
    values[Math.floor(random() * values.length)];

  const teams = Array.from({ length: TEAMS }, (_, i) => {
    const fn = FUNCTIONS[i % FUNCTIONS.length];
    return {
      name: `${fn}-team-${i}`,
      title: `${capitalise(fn.replace(/-/g, ' '))} team ${i}`,
      fn,
    };
  });
  const guilds = Array.from({ length: GUILDS }, (_, i) => ({
    name: `${FUNCTIONS[i % FUNCTIONS.length]}-guild-${i}`,
    title: `${capitalise(FUNCTIONS[i % FUNCTIONS.length])} guild ${i}`,
  }));
  const groups: Entity[] = [
    ...teams.map(team => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: team.name, namespace: 'default', title: team.title },
      spec: { type: 'team', children: [] },
    })),
    ...guilds.map(guild => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: guild.name, namespace: 'default', title: guild.title },
      spec: { type: 'guild', children: [] },
    })),
  ];

  const assets: Entity[] = [];
  const topAssets: TopAssetsKpi['items'] = [];
  for (let i = 0; i < count; i++) {
    const isWorkflow = random() < 0.7;
    const team = pick(teams);
    const subject = pick(SUBJECTS);
    const task = pick(TASKS);
    const name = `${subject}-${task}-${i}`;
    const title = isWorkflow
      ? `${capitalise(subject)} ${task} ${pick(WORKFLOW_TYPES)} ${i}`
      : `${capitalise(subject)} ${task} prompts ${i}`;
    const guild = random() < 0.6 ? pick(guilds) : undefined;
    const spec: Record<string, string> = {
      owner: `group:default/${team.name}`,
      function: team.fn,
      lifecycle: pick(LIFECYCLES),
      ...(guild ? { guild: `group:default/${guild.name}` } : {}),
    };
    if (isWorkflow) {
      spec.type = pick(WORKFLOW_TYPES);
      spec.actionTier = pick(ACTION_TIERS);
      spec.riskTier = pick(RISK_TIERS);
    }
    const entity: Entity = {
      apiVersion: 'ai-marketplace.io/v1alpha1',
      kind: isWorkflow ? 'AIWorkflow' : 'PromptLibrary',
      metadata: {
        name,
        namespace: 'default',
        title,
        description: `${capitalise(task)} of ${subject}s for the ${
          team.title
        }: ${
          isWorkflow
            ? 'drafts the work for a person to check and keeps a log of every step.'
            : 'prompt templates reviewed by the team, with examples.'
        }`,
        tags: [pick(TAGS), pick(TAGS)].filter(
          (t, j, all) => all.indexOf(t) === j,
        ),
      },
      spec,
    };
    assets.push(entity);

    const consumingTeams = random() < 0.4 ? 1 + Math.floor(random() * 8) : 0;
    if (consumingTeams > 0) {
      const events = consumingTeams * (1 + Math.floor(random() * 60));
      topAssets.push({
        entityRef: stringifyEntityRef(entity),
        kind: entity.kind.toLocaleLowerCase('en-US'),
        title,
        ownerRef: spec.owner,
        function: team.fn,
        guildRef: spec.guild ?? null,
        events: events + Math.floor(random() * 20),
        byType: {
          viewed: events,
          copied: 0,
          adopted: 0,
          forked: 0,
          invoked: 0,
        },
        consumingTeams,
        consumingTeamEvents: events,
      });
    }
  }
  topAssets.sort(
    (a, b) => b.events - a.events || a.entityRef.localeCompare(b.entityRef),
  );
  return { assets, groups, topAssets };
}

/** Catalog and marketplace APIs that serve a generated marketplace. */
export function generatedMarketplaceApis(count: number): {
  catalogApi: Partial<CatalogApi>;
  marketplaceApi: Partial<MarketplaceApi>;
} {
  const { assets, groups, topAssets } = generateMarketplace(count);
  // Serialised once, parsed per call: the client's share of a real fetch.
  const assetsJson = JSON.stringify({ items: assets });
  const groupsByRef = new Map(
    groups.map(group => [stringifyEntityRef(group), JSON.stringify(group)]),
  );
  const mark = (name: string) => {
    if (typeof performance !== 'undefined' && performance.mark) {
      performance.mark(name);
    }
  };

  return {
    catalogApi: {
      getEntities: async () => {
        mark('marketplace:catalog-request');
        return JSON.parse(assetsJson);
      },
      getEntitiesByRefs: async ({ entityRefs }) => ({
        items: entityRefs.map(ref => {
          const json = groupsByRef.get(ref);
          return json ? JSON.parse(json) : undefined;
        }),
      }),
    },
    marketplaceApi: {
      getKpi: (async (
        kpi: string,
        query?: { limit?: number; from?: string },
      ) => {
        if (kpi !== 'top-assets') {
          throw new Error(`The generated marketplace has no ${kpi} KPI`);
        }
        const to = new Date().toISOString().slice(0, 10);
        const body: TopAssetsKpi = {
          from: query?.from ?? to,
          to,
          items: topAssets.slice(0, query?.limit ?? 10),
        };
        return JSON.parse(JSON.stringify(body));
      }) as MarketplaceApi['getKpi'],
    },
  };
}
