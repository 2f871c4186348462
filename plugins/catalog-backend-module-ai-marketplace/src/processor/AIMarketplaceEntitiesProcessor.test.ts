import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { AIMarketplaceEntitiesProcessor } from './AIMarketplaceEntitiesProcessor';

const location = { type: 'file', target: 'catalog-info/all.yaml' };

const workflow: Entity = {
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'AIWorkflow',
  metadata: { name: 'support-ticket-triage', namespace: 'default' },
  spec: {
    type: 'assistant',
    lifecycle: 'production',
    owner: 'group:default/customer-support',
    businessOwner: 'user:default/maria.lopez',
    dri: 'sam.chen',
    technicalSponsor: 'group:default/ai-platform',
    function: 'support',
    guild: 'group:default/support-automation-guild',
    actionTier: 'write',
    riskTier: 'medium',
    models: ['resource:default/gpt-4o-mini'],
    prompts: ['support-prompts'],
    derivedFrom: 'aiworkflow:default/sales-inbox-triage',
    contributors: [
      { team: 'group:default/customer-support', role: 'sme' },
      { team: 'group:default/ai-platform', role: 'build' },
      { team: 'group:default/ai-platform', role: 'operations' },
    ],
  },
};

const library: Entity = {
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'PromptLibrary',
  metadata: { name: 'support-prompts', namespace: 'default' },
  spec: {
    lifecycle: 'production',
    owner: 'customer-support',
    function: 'support',
    guild: 'group:default/support-automation-guild',
    prompts: [
      {
        id: 'a',
        title: 'A',
        template: 'Hi',
        models: ['resource:default/gpt-4o-mini'],
      },
      {
        id: 'b',
        title: 'B',
        template: 'Hello',
        models: ['gpt-4o-mini', 'resource:default/claude-sonnet'],
      },
    ],
  },
};

/** Runs postProcessEntity and returns the relations as "source type target". */
async function relationsOf(entity: Entity): Promise<string[]> {
  const results: CatalogProcessorResult[] = [];
  await new AIMarketplaceEntitiesProcessor().postProcessEntity(
    entity,
    location,
    result => results.push(result),
  );
  return results.map(r => {
    if (r.type !== 'relation') throw new Error(`unexpected ${r.type}`);
    const ref = (e: { kind: string; namespace: string; name: string }) =>
      `${e.kind.toLocaleLowerCase('en-US')}:${e.namespace}/${e.name}`;
    return `${ref(r.relation.source)} ${r.relation.type} ${ref(
      r.relation.target,
    )}`;
  });
}

describe('AIMarketplaceEntitiesProcessor', () => {
  const processor = new AIMarketplaceEntitiesProcessor();

  describe('validateEntityKind', () => {
    it('accepts valid AIWorkflow and PromptLibrary entities', async () => {
      await expect(processor.validateEntityKind(workflow)).resolves.toBe(true);
      await expect(processor.validateEntityKind(library)).resolves.toBe(true);
    });

    it('leaves other kinds alone', async () => {
      await expect(
        processor.validateEntityKind({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'x' },
        }),
      ).resolves.toBe(false);
    });

    it('throws an error naming the entity, field and rule for a bad entity', async () => {
      const bad = {
        ...workflow,
        spec: { ...workflow.spec, actionTier: 'execute' },
      };
      await expect(processor.validateEntityKind(bad)).rejects.toThrow(
        'AIWorkflow "default/support-ticket-triage" is invalid: spec.approval: must be present with required: true because actionTier is "execute" and riskTier is "medium" (rule: approval-required-for-execute-or-high-risk)',
      );
    });
  });

  describe('postProcessEntity', () => {
    it('emits every AIWorkflow relation in both directions', async () => {
      const self = 'aiworkflow:default/support-ticket-triage';
      expect((await relationsOf(workflow)).sort()).toEqual(
        [
          `${self} ownedBy group:default/customer-support`,
          `group:default/customer-support ownerOf ${self}`,
          `${self} hasBusinessOwner user:default/maria.lopez`,
          `user:default/maria.lopez businessOwnerOf ${self}`,
          `${self} hasDri user:default/sam.chen`,
          `user:default/sam.chen driOf ${self}`,
          `${self} sponsoredBy group:default/ai-platform`,
          `group:default/ai-platform sponsors ${self}`,
          `${self} curatedBy group:default/support-automation-guild`,
          `group:default/support-automation-guild curates ${self}`,
          `${self} dependsOn resource:default/gpt-4o-mini`,
          `resource:default/gpt-4o-mini dependencyOf ${self}`,
          `${self} dependsOn promptlibrary:default/support-prompts`,
          `promptlibrary:default/support-prompts dependencyOf ${self}`,
          `${self} derivedFrom aiworkflow:default/sales-inbox-triage`,
          `aiworkflow:default/sales-inbox-triage derivationOf ${self}`,
          `${self} hasContributor group:default/customer-support`,
          `group:default/customer-support contributedTo ${self}`,
          // ai-platform contributed twice (build, operations): one relation.
          `${self} hasContributor group:default/ai-platform`,
          `group:default/ai-platform contributedTo ${self}`,
        ].sort(),
      );
    });

    it('emits PromptLibrary ownership, curation and model dependencies once each', async () => {
      const self = 'promptlibrary:default/support-prompts';
      expect((await relationsOf(library)).sort()).toEqual(
        [
          `${self} ownedBy group:default/customer-support`,
          `group:default/customer-support ownerOf ${self}`,
          `${self} curatedBy group:default/support-automation-guild`,
          `group:default/support-automation-guild curates ${self}`,
          `${self} dependsOn resource:default/gpt-4o-mini`,
          `resource:default/gpt-4o-mini dependencyOf ${self}`,
          `${self} dependsOn resource:default/claude-sonnet`,
          `resource:default/claude-sonnet dependencyOf ${self}`,
        ].sort(),
      );
    });

    it('resolves refs without namespace in the entity namespace', async () => {
      const relations = await relationsOf({
        ...workflow,
        metadata: { name: 'w', namespace: 'emea' },
        spec: { ...workflow.spec, owner: 'customer-support', contributors: [] },
      });
      expect(relations).toContain(
        'aiworkflow:emea/w ownedBy group:emea/customer-support',
      );
      expect(relations).toContain(
        'aiworkflow:emea/w dependsOn resource:default/gpt-4o-mini',
      );
    });

    it('emits only ownership for a workflow with only required fields', async () => {
      const {
        type,
        lifecycle,
        owner,
        function: fn,
        actionTier,
        riskTier,
      } = workflow.spec as any;
      expect(
        await relationsOf({
          ...workflow,
          spec: { type, lifecycle, owner, function: fn, actionTier, riskTier },
        }),
      ).toHaveLength(2);
    });

    it('emits nothing for other kinds', async () => {
      expect(
        await relationsOf({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'c' },
          spec: { owner: 'x' },
        }),
      ).toEqual([]);
    });
  });
});
