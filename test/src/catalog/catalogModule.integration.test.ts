import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleAiMarketplace, {
  AIMarketplaceEntitiesProcessor,
} from '@ai-marketplace/plugin-catalog-backend-module-ai-marketplace';
import {
  isAIWorkflowEntity,
  isPromptLibraryEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Knex } from 'knex';
import request from 'supertest';
import {
  EXAMPLE_CATALOG,
  FileEntity,
  INVALID_CATALOG,
  readCatalogFile,
  refOf,
} from '../support/catalogFiles';
import { createTestDatabases } from '../support/databases';

jest.setTimeout(120_000);

const examples = readCatalogFile(EXAMPLE_CATALOG);
const invalid = readCatalogFile(INVALID_CATALOG).filter(
  e => isAIWorkflowEntity(e.entity) || isPromptLibraryEntity(e.entity),
);
const aiAssets = examples.filter(
  e => isAIWorkflowEntity(e.entity) || isPromptLibraryEntity(e.entity),
);

/** The relations our processor derives from one entity's spec, as "source type target". */
async function expectedRelations({ entity }: FileEntity): Promise<string[]> {
  const results: CatalogProcessorResult[] = [];
  await new AIMarketplaceEntitiesProcessor().postProcessEntity(
    entity,
    { type: 'file', target: '' },
    r => results.push(r),
  );
  return results.map(r => {
    if (r.type !== 'relation') throw new Error(r.type);
    return `${stringifyEntityRef(r.relation.source)} ${
      r.relation.type
    } ${stringifyEntityRef(r.relation.target)}`.toLocaleLowerCase('en-US');
  });
}

/** Polls until `check` returns a value, or fails with the last reason. */
async function eventually<T>(
  check: () => Promise<T | undefined>,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

describe.each(ids)(
  'the catalog with the AI Marketplace module, on %s',
  databaseId => {
    let knex: Knex;
    let backend: Awaited<ReturnType<typeof startTestBackend>>;
    let served: Map<string, Entity>;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleAiMarketplace,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                rules: [
                  {
                    allow: [
                      'Component',
                      'Resource',
                      'Location',
                      'User',
                      'Group',
                      'AIWorkflow',
                      'PromptLibrary',
                    ],
                  },
                ],
                locations: [
                  { type: 'file', target: EXAMPLE_CATALOG },
                  { type: 'file', target: INVALID_CATALOG },
                ],
              },
            },
          }),
        ],
      });

      // Wait until every example is served; the invalid ones never will be.
      const wanted = examples.map(e => refOf(e.entity));
      served = await eventually(async () => {
        const res = await request(backend.server)
          .get('/api/catalog/entities')
          .set('Authorization', mockCredentials.user.header());
        const byRef = new Map<string, Entity>(
          res.body.map((e: Entity) => [refOf(e), e]),
        );
        return wanted.every(ref => byRef.has(ref)) ? byRef : undefined;
      }, 'the example catalog to be served');
    });

    afterAll(async () => {
      await backend?.stop();
    });

    it('serves every valid example entity', () => {
      const missing = examples
        .map(e => refOf(e.entity))
        .filter(ref => !served.has(ref));
      expect(missing).toEqual([]);
    });

    it('serves each workflow and library with every relation its spec describes, both directions', () => {
      return Promise.all(
        aiAssets.map(async asset => {
          for (const relation of await expectedRelations(asset)) {
            const [source, type, target] = relation.split(' ');
            const holder = served.get(source);
            // Relations towards entities outside the catalog cannot be served by them.
            if (!holder) continue;
            const servedRelations = holder.relations!.map(r =>
              `${source} ${r.type} ${r.targetRef}`.toLocaleLowerCase('en-US'),
            );
            expect(servedRelations).toContain(`${source} ${type} ${target}`);
          }
        }),
      );
    });

    it('shows reuse lineage on the source workflow (derivationOf)', () => {
      const derived = aiAssets.filter(a => (a.entity.spec as any).derivedFrom);
      expect(derived.length).toBeGreaterThan(0);
      for (const { entity } of derived) {
        const source = served.get((entity.spec as any).derivedFrom);
        expect(source?.relations).toContainEqual(
          expect.objectContaining({
            type: 'derivationOf',
            targetRef: refOf(entity),
          }),
        );
      }
    });

    it('serves no invalid entity, and records a processing error naming its field and rule', async () => {
      for (const { entity } of invalid) {
        expect(served.has(refOf(entity))).toBe(false);
      }
      const errors = await eventually(async () => {
        const rows = await knex('refresh_state')
          .whereIn(
            'entity_ref',
            invalid.map(e => refOf(e.entity)),
          )
          .select('entity_ref', 'errors');
        const withErrors = rows.filter(r => r.errors && r.errors !== '[]');
        return withErrors.length === invalid.length ? withErrors : undefined;
      }, 'processing errors for every invalid entity');

      for (const { entity } of invalid) {
        const row = errors.find(r => r.entity_ref === refOf(entity));
        const annotations = entity.metadata.annotations!;
        expect(row.errors).toContain(entity.metadata.name);
        expect(row.errors).toContain(
          `${annotations['test.ai-marketplace.io/expected-field']}: `,
        );
        expect(row.errors).toContain(
          `(rule: ${annotations['test.ai-marketplace.io/expected-rule']})`,
        );
      }
    });

    it('answers a kind filter with the workflows and their relations', async () => {
      const res = await request(backend.server)
        .get('/api/catalog/entities?filter=kind=aiworkflow')
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      const names = res.body.map((e: Entity) => e.metadata.name).sort();
      expect(names).toEqual(
        examples
          .filter(e => isAIWorkflowEntity(e.entity))
          .map(e => e.entity.metadata.name)
          .sort(),
      );
      expect(
        res.body.every((e: Entity) =>
          e.relations!.some(r => r.type === 'ownedBy'),
        ),
      ).toBe(true);
    });
  },
);
