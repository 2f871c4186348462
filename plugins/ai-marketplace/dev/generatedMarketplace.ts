import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogApi } from '@backstage/plugin-catalog-react';
import type { MarketplaceAssetsResponse } from '@ai-marketplace/plugin-ai-marketplace-common';
import type { MarketplaceApi } from '../src/api';

/*
 * A generated organisation for the dev app and the marketplace benchmark
 * (bench/marketplace): `count` AI assets owned by 120 teams, curated by 12
 * guilds, with every asset's reuse, readiness and featured mark the way
 * `GET /marketplace/assets` reports them.
 * Responses go through JSON, as they would from the catalog and the backend.
 */

const TEAMS = 120;
/** `null` (below the first level) is as likely as each level. */
const READINESS_LEVELS = ['bronze', 'silver', 'gold', null];
/** Assets were first seen over about two years from here. */
const FIRST_SEEN_FROM = Date.UTC(2024, 11, 1);
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

/** The generated catalog: assets, their teams and guilds, and their states. */
export type GeneratedMarketplace = {
  assets: Entity[];
  groups: Entity[];
  states: MarketplaceAssetsResponse['items'];
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
  const states: MarketplaceAssetsResponse['items'] = [];
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
    const events =
      consumingTeams * (1 + Math.floor(random() * 60)) +
      Math.floor(random() * 20);
    const scored = random() < 0.85;
    const level = scored ? pick(READINESS_LEVELS) : null;
    states.push({
      entityRef: stringifyEntityRef(entity),
      readinessLevel: level,
      readinessScore: scored
        ? Math.round((0.2 + 0.8 * random()) * 100) / 100
        : null,
      featured: random() < 0.05,
      deprecated: spec.lifecycle === 'deprecated' && random() < 0.5,
      firstSeenAt: new Date(
        FIRST_SEEN_FROM + Math.floor(random() * 700) * 86_400_000,
      ).toISOString(),
      reuseEvents: events,
      consumingTeams,
    });
  }
  return { assets, groups, states };
}

/** Catalog and marketplace APIs that serve a generated marketplace. */
export function generatedMarketplaceApis(count: number): {
  catalogApi: Partial<CatalogApi>;
  marketplaceApi: Partial<MarketplaceApi>;
} {
  const { assets, groups, states } = generateMarketplace(count);
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
      listMarketplaceAssets: async window => {
        const to = window?.to ?? new Date().toISOString().slice(0, 10);
        const body: MarketplaceAssetsResponse = {
          from: window?.from ?? to,
          to,
          items: states,
        };
        return JSON.parse(JSON.stringify(body));
      },
    },
  };
}
