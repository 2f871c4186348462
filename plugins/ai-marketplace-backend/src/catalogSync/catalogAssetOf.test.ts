import {
  AIWorkflowEntityV1alpha1,
  PromptLibraryEntityV1alpha1,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { catalogAssetOf } from './catalogAssetOf';

const triage: AIWorkflowEntityV1alpha1 = {
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'AIWorkflow',
  metadata: { name: 'Support-Ticket-Triage', title: 'Support ticket triage' },
  spec: {
    type: 'assistant',
    lifecycle: 'production',
    owner: 'Customer-Support',
    function: 'support',
    guild: 'group:default/support-automation-guild',
    actionTier: 'write',
    riskTier: 'medium',
    evaluation: { dataset: 'datasets/triage.jsonl', passRate: 0.92 },
    errorBudget: { incidents: 2, period: 'P30D' },
    derivedFrom: 'sales-inbox-triage',
  },
};

const library: PromptLibraryEntityV1alpha1 = {
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'PromptLibrary',
  metadata: { name: 'support-prompts' },
  spec: {
    lifecycle: 'experimental',
    owner: 'group:default/customer-support',
    function: 'support',
    prompts: [
      { id: 'first-response', title: 'First response', template: 'Hi' },
    ],
  },
};

describe('catalogAssetOf', () => {
  it('maps a workflow, every ref normalised to lower-case kind:namespace/name', () => {
    expect(catalogAssetOf(triage)).toEqual({
      entityRef: 'aiworkflow:default/support-ticket-triage',
      kind: 'aiworkflow',
      title: 'Support ticket triage',
      ownerRef: 'group:default/customer-support',
      function: 'support',
      guildRef: 'group:default/support-automation-guild',
      lifecycle: 'production',
      derivedFromRef: 'aiworkflow:default/sales-inbox-triage',
      evaluationThreshold: 0.92,
      errorBudgetIncidents: 2,
      errorBudgetPeriod: 'P30D',
    });
  });

  it('maps a library, its title falling back to its name', () => {
    expect(catalogAssetOf(library)).toEqual({
      entityRef: 'promptlibrary:default/support-prompts',
      kind: 'promptlibrary',
      title: 'support-prompts',
      ownerRef: 'group:default/customer-support',
      function: 'support',
      guildRef: undefined,
      lifecycle: 'experimental',
      derivedFromRef: undefined,
      evaluationThreshold: undefined,
      errorBudgetIncidents: undefined,
      errorBudgetPeriod: undefined,
    });
  });

  it("resolves relative refs in the entity's own namespace", () => {
    const asset = catalogAssetOf({
      ...triage,
      metadata: { ...triage.metadata, namespace: 'EMEA' },
    });
    expect(asset).toMatchObject({
      entityRef: 'aiworkflow:emea/support-ticket-triage',
      ownerRef: 'group:emea/customer-support',
      guildRef: 'group:default/support-automation-guild',
      derivedFromRef: 'aiworkflow:emea/sales-inbox-triage',
    });
  });

  it('shortens a title longer than its column', () => {
    const asset = catalogAssetOf({
      ...library,
      metadata: { ...library.metadata, title: 'x'.repeat(300) },
    });
    expect(asset.title).toHaveLength(255);
    expect(asset.title.endsWith('…')).toBe(true);
  });

  it.each<[string, Partial<AIWorkflowEntityV1alpha1['spec']>, string]>([
    ['an owner that is not a ref', { owner: 'group:' }, 'spec.owner: '],
    ['no owner', { owner: '' }, 'spec.owner: missing'],
    [
      'a guild ref wider than its column',
      { guild: 'x'.repeat(250) },
      'spec.guild: longer than 255 characters',
    ],
    [
      'a function wider than its column',
      { function: 'f'.repeat(65) },
      'spec.function: longer than 64 characters',
    ],
  ])('refuses %s, naming the field', (_what, spec, message) => {
    expect(() =>
      catalogAssetOf({ ...triage, spec: { ...triage.spec, ...spec } }),
    ).toThrow(message);
  });
});
