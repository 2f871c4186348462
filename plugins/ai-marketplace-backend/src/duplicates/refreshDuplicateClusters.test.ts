import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { DatabaseDuplicateClusterStore } from '../database/DatabaseDuplicateClusterStore';
import { migrateDatabase } from '../database/migrateDatabase';
import { exactJaccard } from './jaccard';
import { refreshDuplicateClusters } from './refreshDuplicateClusters';
import { wordShingles } from './shingles';

jest.setTimeout(30_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const REWRITE =
  'Rewrite the support reply below so it sounds {{tone}}. Keep exactly: ' +
  'every fact, number, date, link, product name and promise. Do not add ' +
  'apologies for things the draft does not admit, do not add new ' +
  'commitments, and do not remove steps. Keep it at most as long as the ' +
  'original. Draft: {{draft}}';
/** The same prompt with a few words changed, as another team copied it. */
const COPIED = REWRITE.replace('support reply', 'sales email').replace(
  'promise',
  'price',
);
const UNRELATED =
  'Summarise this contract for a business reader: parties, term, renewal, ' +
  'termination rights, liability cap and anything unusual. Contract: {{contract}}';

function library(
  name: string,
  owner: string,
  prompts: Array<{ id: string; title: string; template: string }>,
): Entity {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name, title: `${name} library` },
    spec: { lifecycle: 'production', owner, function: 'support', prompts },
  };
}

function workflow(name: string, owner: string, description: string): Entity {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata: { name, title: 'Inbox triage', description },
    spec: {
      type: 'assistant',
      lifecycle: 'production',
      owner,
      function: 'operations',
      actionTier: 'read',
      riskTier: 'low',
    },
  };
}

const TRIAGE =
  'Reads every email that reaches the shared inbox, classifies it by ' +
  'intent and urgency, extracts the reference numbers and routes it to the ' +
  'right queue with a one-line summary for the person on duty.';

const entities: Entity[] = [
  library('support-prompts', 'group:default/customer-support', [
    { id: 'tone-rewrite', title: 'Tone rewrite', template: REWRITE },
    { id: 'contract-summary', title: 'Contract summary', template: UNRELATED },
  ]),
  library('sales-prompts', 'sales', [
    { id: 'email-tone-rewrite', title: 'Tone rewrite', template: COPIED },
  ]),
  // A team's own copy is not a cross-team duplicate.
  library('support-extra', 'customer-support', [
    { id: 'tone-rewrite-v2', title: 'Tone rewrite', template: REWRITE },
  ]),
  workflow('ap-inbox-triage', 'finance', TRIAGE),
  workflow(
    'supplier-inbox-triage',
    'operations',
    TRIAGE.replace('shared inbox', 'supplier inbox'),
  ),
  workflow('legal-intake', 'legal', UNRELATED),
];

const similarity = (a: string, b: string) =>
  exactJaccard(wordShingles(a), wordShingles(b));

describe('refreshDuplicateClusters', () => {
  let knex: Knex;
  let store: DatabaseDuplicateClusterStore;
  const logger = mockServices.logger.mock();

  beforeEach(async () => {
    knex = await databases.init('SQLITE_3');
    await migrateDatabase(knex);
    store = new DatabaseDuplicateClusterStore(knex);
  });

  const refresh = (similarityThreshold: number, now: string) =>
    refreshDuplicateClusters({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      store,
      logger,
      similarityThreshold,
      now: () => new Date(now),
    });

  it('stores the clusters of items owned by different teams, with titles and similarities', async () => {
    await refresh(0.5, '2026-11-21T10:00:00Z');
    const promptSimilarity = similarity(
      `Tone rewrite\n${REWRITE}`,
      `Tone rewrite\n${COPIED}`,
    );
    const workflowSimilarity = similarity(
      `Inbox triage\n${TRIAGE}`,
      `Inbox triage\n${TRIAGE.replace('shared inbox', 'supplier inbox')}`,
    );
    expect(promptSimilarity).toBeGreaterThan(0.5);
    expect(promptSimilarity).toBeLessThan(1);

    const run = await store.lastRun();
    expect(run).toMatchObject({
      detectedAt: new Date('2026-11-21T10:00:00Z'),
      similarityThreshold: 0.5,
      candidates: 7,
    });
    expect(run!.clusters.map(c => c.items)).toEqual(
      expect.arrayContaining([
        [
          {
            entityRef: 'aiworkflow:default/ap-inbox-triage',
            ownerRef: 'group:default/finance',
            title: 'Inbox triage',
            similarity: workflowSimilarity,
          },
          {
            entityRef: 'aiworkflow:default/supplier-inbox-triage',
            ownerRef: 'group:default/operations',
            title: 'Inbox triage',
            similarity: workflowSimilarity,
          },
        ],
        // The sales copy resembles both support prompts; the two support
        // prompts are linked only through it.
        [
          {
            entityRef: 'promptlibrary:default/sales-prompts',
            promptId: 'email-tone-rewrite',
            ownerRef: 'group:default/sales',
            title: 'Tone rewrite',
            similarity: promptSimilarity,
          },
          {
            entityRef: 'promptlibrary:default/support-extra',
            promptId: 'tone-rewrite-v2',
            ownerRef: 'group:default/customer-support',
            title: 'Tone rewrite',
            similarity: promptSimilarity,
          },
          {
            entityRef: 'promptlibrary:default/support-prompts',
            promptId: 'tone-rewrite',
            ownerRef: 'group:default/customer-support',
            title: 'Tone rewrite',
            similarity: promptSimilarity,
          },
        ],
      ]),
    );
    expect(run!.clusters).toHaveLength(2);
    expect(logger.info).toHaveBeenCalledWith(
      'Duplicate detection compared 7 workflows and prompts: 2 cross-team clusters, 5 items',
    );
  });

  it('applies the configured threshold, and records a run that found nothing', async () => {
    await refresh(0.5, '2026-11-21T10:00:00Z');
    await refresh(0.99, '2026-11-21T11:00:00Z');
    await expect(store.lastRun()).resolves.toEqual({
      detectedAt: new Date('2026-11-21T11:00:00Z'),
      similarityThreshold: 0.99,
      candidates: 7,
      clusters: [],
    });
  });

  it('keeps the stored clusters when the catalog cannot be read', async () => {
    await refresh(0.5, '2026-11-21T10:00:00Z');
    await expect(
      refreshDuplicateClusters({
        catalog: catalogServiceMock.mock({
          streamEntities: () => {
            throw new Error('catalog unavailable');
          },
        }),
        auth: mockServices.auth(),
        store,
        logger,
        similarityThreshold: 0.5,
      }),
    ).rejects.toThrow('catalog unavailable');
    expect((await store.lastRun())!.clusters).toHaveLength(2);
  });
});
