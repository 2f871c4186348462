import type { Entity } from '@backstage/catalog-model';
import type {
  CurationSummary,
  KpiQuery,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { toLocalIsoDate } from '../lib/reviewStatus';
import { exampleAIWorkflow, examplePromptLibrary } from './exampleEntities';
import { groupEntity } from './kpiFixtures';
import { marketplaceApiMock } from './marketplaceApiMock';

/*
 * The support automation guild of the example organisation, with its
 * members, the assets it curates and what the backend says about them.
 */

const GUILD_REF = 'group:default/support-automation-guild';
const DAY_MS = 86_400_000;

/** A YYYY-MM-DD day `days` before today, so the fixtures never go stale. */
export const daysAgo = (days: number) =>
  toLocalIsoDate(new Date(Date.now() - days * DAY_MS));

export const guild: Entity = groupEntity(
  'support-automation-guild',
  'guild',
  'Support automation guild',
  {
    description: 'Practitioners who automate inbound request handling.',
    annotations: {
      'ai-marketplace.io/guild-leads':
        'user:default/sam.chen, user:default/daniel.kim',
    },
  },
);

function user(name: string, groups: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: {
      profile: { displayName: name },
      memberOf: groups.map(g => `group:default/${g}`),
    },
    relations: groups.map(g => ({
      type: 'memberOf',
      targetRef: `group:default/${g}`,
    })),
  };
}

const curatedBy = (guildRef: string) => [
  { type: 'curatedBy', targetRef: guildRef },
];

/** Reviewed 200 days ago with a 90-day cadence: overdue. */
export const supportPrompts: Entity = {
  ...examplePromptLibrary,
  metadata: { ...examplePromptLibrary.metadata, namespace: 'default' },
  spec: {
    ...examplePromptLibrary.spec,
    reviewedAt: daysAgo(200),
    reviewCadence: 'P90D',
    prompts: [
      ...examplePromptLibrary.spec.prompts,
      {
        ...examplePromptLibrary.spec.prompts[0],
        id: 'tone-rewrite',
        title: 'Tone rewrite',
      },
    ],
  },
  relations: curatedBy(GUILD_REF),
};

/** Never reviewed. */
export const ticketTriage: Entity = {
  ...exampleAIWorkflow,
  metadata: { ...exampleAIWorkflow.metadata, namespace: 'default' },
  relations: curatedBy(GUILD_REF),
};

/** Reviewed last month by a lead: nothing to do. */
export const refundAssistant: Entity = {
  ...exampleAIWorkflow,
  metadata: {
    name: 'refund-assistant',
    namespace: 'default',
    title: 'Refund assistant',
  },
  spec: { ...exampleAIWorkflow.spec, owner: 'group:default/finance' },
  relations: curatedBy(GUILD_REF),
};

/** Curated by another guild: not this guild's. */
export const salesPrompts: Entity = {
  ...examplePromptLibrary,
  metadata: {
    name: 'sales-prompts',
    namespace: 'default',
    title: 'Sales prompt library',
  },
  spec: { ...examplePromptLibrary.spec, owner: 'group:default/sales' },
  relations: curatedBy('group:default/prompt-engineering-guild'),
};

export const guildCatalog: Entity[] = [
  guild,
  groupEntity('sales', 'team', 'Sales'),
  groupEntity('customer-support', 'team', 'Customer Support'),
  groupEntity('finance', 'team', 'Finance'),
  user('sam.chen', ['customer-support', 'support-automation-guild']),
  user('ana.ruiz', ['customer-support', 'support-automation-guild']),
  user('daniel.kim', ['sales', 'support-automation-guild']),
  user('maria.lopez', ['customer-support']),
  supportPrompts,
  ticketTriage,
  refundAssistant,
  salesPrompts,
];

function curation(
  entityRef: string,
  asset: Partial<CurationSummary['asset']> = {},
  prompts: CurationSummary['prompts'] = [],
): CurationSummary {
  return {
    entityRef,
    asset: { featured: false, deprecated: false, lastReview: null, ...asset },
    prompts,
    history: [],
  };
}

const CURATION: Record<string, CurationSummary> = {
  'promptlibrary:default/support-prompts': curation(
    'promptlibrary:default/support-prompts',
    { featured: true },
    [
      {
        promptId: 'first-response',
        featured: true,
        deprecated: false,
        lastReview: null,
      },
      {
        promptId: 'tone-rewrite',
        featured: true,
        deprecated: true,
        lastReview: null,
      },
    ],
  ),
  'aiworkflow:default/support-ticket-triage': curation(
    'aiworkflow:default/support-ticket-triage',
  ),
  'aiworkflow:default/refund-assistant': curation(
    'aiworkflow:default/refund-assistant',
    {
      lastReview: {
        at: `${daysAgo(30)}T10:00:00.000Z`,
        by: 'user:default/sam.chen',
        note: 'Evaluation set and kill switch checked.',
      },
    },
  ),
};

/** The backend's answers about the guild's assets. */
export function guildApi() {
  return marketplaceApiMock({
    getCuration: async entityRef => {
      const found = CURATION[entityRef];
      if (!found) {
        throw new Error(`no curation for ${entityRef}`);
      }
      return found;
    },
    getKpi: (async (kpi: string, query: KpiQuery) => {
      const scope = { from: query.from!, to: query.to!, guild: query.guild };
      if (kpi === 'reuse') {
        return {
          ...scope,
          assets: 3,
          reusedAssets: 2,
          rate: 2 / 3,
          events: 60,
        };
      }
      if (kpi === 'reuse-matrix') {
        return {
          ...scope,
          cells: [
            {
              producerRef: 'group:default/customer-support',
              consumerRef: 'group:default/sales',
              events: 12,
              assets: 1,
            },
            {
              producerRef: 'group:default/finance',
              consumerRef: 'group:default/sales',
              events: 4,
              assets: 1,
            },
            {
              producerRef: 'group:default/customer-support',
              consumerRef: 'group:default/operations',
              events: 3,
              assets: 2,
            },
          ],
          totals: {
            events: 60,
            crossTeamEvents: 19,
            cells: 3,
            producers: 2,
            consumers: 2,
          },
        };
      }
      if (kpi === 'top-assets') {
        return {
          ...scope,
          items: [
            {
              entityRef: 'aiworkflow:default/support-ticket-triage',
              kind: 'aiworkflow',
              title: 'Support ticket triage',
              ownerRef: 'group:default/customer-support',
              function: 'support',
              guildRef: scope.guild ?? null,
              events: 40,
              byType: {
                viewed: 20,
                copied: 0,
                adopted: 2,
                forked: 0,
                invoked: 18,
              },
              consumingTeams: 2,
              consumingTeamEvents: 15,
            },
          ],
        };
      }
      throw new Error(`unexpected KPI ${kpi}`);
    }) as never,
  });
}
