import {
  aiWorkflowEntityV1alpha1Validator,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  promptLibraryEntityV1alpha1Validator,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  EXAMPLE_CATALOG,
  INVALID_CATALOG,
  readCatalogFile,
  refOf,
} from '../support/catalogFiles';

const examples = readCatalogFile(EXAMPLE_CATALOG);
const workflows = examples.filter(e => isAIWorkflowEntity(e.entity));
const libraries = examples.filter(e => isPromptLibraryEntity(e.entity));

describe('the example catalog in catalog-info/', () => {
  it.each(workflows.map(e => [refOf(e.entity), e]))(
    '%s is a valid AIWorkflow',
    async (_ref, { entity }) => {
      await expect(
        aiWorkflowEntityV1alpha1Validator.check(entity),
      ).resolves.toBe(true);
    },
  );

  it.each(libraries.map(e => [refOf(e.entity), e]))(
    '%s is a valid PromptLibrary',
    async (_ref, { entity }) => {
      await expect(
        promptLibraryEntityV1alpha1Validator.check(entity),
      ).resolves.toBe(true);
    },
  );

  it('is the realistic organisation the portal promises', () => {
    const byKind = (kind: string) =>
      examples.filter(e => e.entity.kind === kind);
    const prompts = libraries.flatMap(e => (e.entity.spec as any).prompts);
    const groups = byKind('Group').map(e => e.entity);
    expect(workflows.length).toBeGreaterThanOrEqual(15);
    expect(libraries.length).toBeGreaterThanOrEqual(5);
    expect(prompts.length).toBeGreaterThanOrEqual(40);
    expect(byKind('User').length).toBeGreaterThanOrEqual(25);
    expect(
      groups.filter(g => (g.spec as any).type === 'guild').length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      byKind('Resource').filter(e => (e.entity.spec as any).type === 'ai-model')
        .length,
    ).toBeGreaterThanOrEqual(3);
    const tiers = (field: string) =>
      new Set(workflows.map(e => (e.entity.spec as any)[field]));
    expect(tiers('actionTier')).toEqual(
      new Set(['read', 'recommend', 'write', 'execute']),
    );
    expect(tiers('riskTier')).toEqual(new Set(['low', 'medium', 'high']));
    expect(
      workflows.filter(e => (e.entity.spec as any).derivedFrom).length,
    ).toBeGreaterThan(0);
  });

  it('has every entity name once', () => {
    const refs = examples.map(e => refOf(e.entity));
    expect(refs.filter((ref, i) => refs.indexOf(ref) !== i)).toEqual([]);
  });

  it('points every ref of a workflow or library at an entity of the example catalog', () => {
    const known = new Set(examples.map(e => refOf(e.entity)));
    const dangling: string[] = [];
    for (const { entity } of [...workflows, ...libraries]) {
      const spec = entity.spec as any;
      const refs: Array<[string, string | undefined]> = [
        ['group', spec.owner],
        ['user', spec.businessOwner],
        ['user', spec.dri],
        ['group', spec.technicalSponsor],
        ['group', spec.guild],
        ['aiworkflow', spec.derivedFrom],
        ...(spec.models ?? []).map((m: string) => ['resource', m]),
        ...(spec.prompts ?? []).map((p: any) =>
          typeof p === 'string' ? ['promptlibrary', p] : ['', undefined],
        ),
        ...(spec.contributors ?? []).map((c: any) => ['group', c.team]),
      ];
      for (const [, ref] of refs) {
        if (ref && !known.has(ref.toLocaleLowerCase('en-US')))
          dangling.push(`${refOf(entity)} → ${ref}`);
      }
    }
    expect(dangling).toEqual([]);
  });
});

describe('the invalid set in test/fixtures/invalid-catalog/', () => {
  const invalid = readCatalogFile(INVALID_CATALOG).filter(
    e => isAIWorkflowEntity(e.entity) || isPromptLibraryEntity(e.entity),
  );

  it.each(invalid.map(e => [refOf(e.entity), e]))(
    '%s fails, naming its field and rule',
    async (_ref, { entity }) => {
      const validator = isAIWorkflowEntity(entity)
        ? aiWorkflowEntityV1alpha1Validator
        : promptLibraryEntityV1alpha1Validator;
      const field =
        entity.metadata.annotations!['test.ai-marketplace.io/expected-field'];
      const rule =
        entity.metadata.annotations!['test.ai-marketplace.io/expected-rule'];
      await expect(validator.check(entity)).rejects.toThrow(`${field}: `);
      await expect(validator.check(entity)).rejects.toThrow(`(rule: ${rule})`);
    },
  );
});
