import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { aiMarketplacePlugin } from '../plugin';

jest.setTimeout(30_000);

const SAM = 'user:default/sam.chen';

const REWRITE =
  'Rewrite the support reply below so it sounds {{tone}}. Keep exactly: ' +
  'every fact, number, date, link, product name and promise. Do not add ' +
  'apologies for things the draft does not admit, do not add new ' +
  'commitments, and do not remove steps. Keep it at most as long as the ' +
  'original. Draft: {{draft}}';
const COPIED = REWRITE.replace('support reply', 'sales email').replace(
  'promise',
  'price',
);

function library(
  name: string,
  owner: string,
  fn: string,
  prompts: Array<{ id: string; title: string; template: string }>,
  guild?: string,
): Entity {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name },
    spec: { lifecycle: 'production', owner, function: fn, guild, prompts },
  };
}

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'sam.chen' },
    spec: {},
  },
  library(
    'support-prompts',
    'group:default/customer-support',
    'support',
    [{ id: 'tone-rewrite', title: 'Tone rewrite', template: REWRITE }],
    'group:default/support-automation-guild',
  ),
  library('sales-prompts', 'sales', 'sales', [
    {
      id: 'email-tone-rewrite',
      title: 'Sales email tone rewrite',
      template: COPIED,
    },
  ]),
  library('legal-prompts', 'legal', 'legal', [
    {
      id: 'contract-summary',
      title: 'Contract summary',
      template: 'Summarise this contract for a business reader: {{contract}}',
    },
  ]),
  {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata: { name: 'sales-inbox-triage', title: 'Sales inbox triage' },
    spec: {
      type: 'assistant',
      lifecycle: 'production',
      owner: 'group:default/sales',
      function: 'sales',
      actionTier: 'recommend',
      riskTier: 'low',
    },
  },
];

/**
 * A backend whose scheduled tasks (catalog snapshot, duplicate detection,
 * retention) run once at start when `runTasks`, as they would after their
 * initial delay.
 */
async function startBackend(
  options: {
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    runTasks?: boolean;
    config?: object;
  } = {},
) {
  const { server } = await startTestBackend({
    features: [
      aiMarketplacePlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.permissions.factory({
        result: options.permission ?? AuthorizeResult.ALLOW,
      }),
      mockServices.scheduler.factory({
        skipTaskRunOnStartup: !options.runTasks,
        includeInitialDelayedTasksOnStartup: true,
      }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
    ],
  });
  return server;
}

const getDuplicates = (server: any, query: Record<string, string> = {}) =>
  request(server)
    .get('/api/ai-marketplace/duplicates')
    .query(query)
    .set('Authorization', mockCredentials.user.header(SAM));

const TONE_CLUSTER = {
  id: expect.stringMatching(/^prompt-[0-9a-f]{16}$/),
  items: [
    {
      entityRef: 'promptlibrary:default/sales-prompts',
      promptId: 'email-tone-rewrite',
      ownerRef: 'group:default/sales',
      title: 'Sales email tone rewrite',
      similarity: expect.any(Number),
    },
    {
      entityRef: 'promptlibrary:default/support-prompts',
      promptId: 'tone-rewrite',
      ownerRef: 'group:default/customer-support',
      title: 'Tone rewrite',
      similarity: expect.any(Number),
    },
  ],
};

describe('GET /duplicates', () => {
  it('serves what the scheduled runs found, with the duplication rate over the catalog snapshot', async () => {
    const server = await startBackend({ runTasks: true });
    const res = await getDuplicates(server);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      detectedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      similarityThreshold: 0.5,
      // Four assets; both libraries with the shared prompt have a duplicate.
      duplicationRate: { assets: 4, assetsWithDuplicate: 2, rate: 0.5 },
      clusters: [TONE_CLUSTER],
    });
    const [first, second] = res.body.clusters[0].items;
    expect(first.similarity).toBe(second.similarity);
    expect(first.similarity).toBeGreaterThan(0.5);
    expect(first.similarity).toBeLessThan(1);
  });

  it.each<[string, Record<string, string>, object, number]>([
    [
      'a team, as a short ref',
      { team: 'sales' },
      { assets: 2, assetsWithDuplicate: 1, rate: 0.5 },
      1,
    ],
    [
      'a team with no duplicate',
      { team: 'group:default/legal' },
      { assets: 1, assetsWithDuplicate: 0, rate: 0 },
      0,
    ],
    [
      'a function',
      { function: 'support' },
      { assets: 1, assetsWithDuplicate: 1, rate: 1 },
      1,
    ],
    [
      'a guild',
      { guild: 'support-automation-guild' },
      { assets: 1, assetsWithDuplicate: 1, rate: 1 },
      1,
    ],
    [
      'a team and a function no member has together',
      { team: 'sales', function: 'support' },
      { assets: 0, assetsWithDuplicate: 0, rate: 0 },
      0,
    ],
  ])('filters by %s', async (_what, query, rate, clusters) => {
    const server = await startBackend({ runTasks: true });
    const res = await getDuplicates(server, query);
    expect(res.status).toBe(200);
    expect(res.body.duplicationRate).toEqual(rate);
    expect(res.body.clusters).toHaveLength(clusters);
  });

  it('answers before the first run, with the configured threshold', async () => {
    const server = await startBackend({
      config: {
        aiMarketplace: { duplicates: { similarityThreshold: 0.7 } },
      },
    });
    const res = await getDuplicates(server);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      detectedAt: null,
      similarityThreshold: 0.7,
      duplicationRate: { assets: 0, assetsWithDuplicate: 0, rate: 0 },
      clusters: [],
    });
  });

  it.each<[string, Record<string, string | string[]>, string]>([
    ['a team that is not a ref', { team: 'group:' }, 'team: '],
    ['a guild that is not a ref', { guild: 'group:' }, 'guild: '],
    ['a function that is not a slug', { function: 'Sales Ops' }, 'function: '],
    ['a repeated filter', { team: ['sales', 'legal'] }, 'team: '],
    ['an unknown filter', { owner: 'sales' }, 'owner'],
  ])('answers 400 naming the field for %s', async (_what, query, message) => {
    const server = await startBackend();
    const res = await getDuplicates(server, query as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('answers 401 without credentials and 403 without permission', async () => {
    const open = await startBackend();
    expect(
      (
        await request(open)
          .get('/api/ai-marketplace/duplicates')
          .set('Authorization', mockCredentials.none.header())
      ).status,
    ).toBe(401);
    const denied = await startBackend({ permission: AuthorizeResult.DENY });
    expect((await getDuplicates(denied)).status).toBe(403);
  });
});
