import {
  AIWorkflowEntityV1alpha1,
  PromptLibraryEntityV1alpha1,
  PromptTemplate,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  ReadinessCatalogFacts,
  ReadinessCheck,
  ReadinessCheckContext,
  ReadinessCheckOutcome,
  ReadinessRecords,
  ScorecardAsset,
} from '@ai-marketplace/plugin-ai-marketplace-node';
import { runCheck } from '../runCheck';

/** "Today" of the check tests. */
export const NOW = new Date('2026-11-21T12:00:00Z');

/** A day relative to NOW, `YYYY-MM-DD`. */
export function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * 86_400_000);
}

/** The contract example of DESIGN.md, trimmed to what checks read; `spec` overrides. */
export function workflow(
  spec: Partial<AIWorkflowEntityV1alpha1['spec']> = {},
  metadata: Partial<AIWorkflowEntityV1alpha1['metadata']> = {},
): AIWorkflowEntityV1alpha1 {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata: {
      name: 'support-ticket-triage',
      links: [{ url: 'https://wiki.example.com/triage', title: 'Runbook' }],
      ...metadata,
    },
    spec: {
      type: 'assistant',
      lifecycle: 'production',
      owner: 'group:default/customer-support',
      businessOwner: 'user:default/maria.lopez',
      dri: 'user:default/sam.chen',
      technicalSponsor: 'group:default/ai-platform',
      function: 'support',
      guild: 'group:default/support-automation-guild',
      actionTier: 'write',
      riskTier: 'medium',
      dataClassification: 'confidential',
      approval: { required: true, approvers: ['group:default/support-leads'] },
      evaluation: { dataset: 'datasets/triage.jsonl', passRate: 0.9 },
      killSwitch: { owner: 'user:default/sam.chen', procedure: 'Flip it' },
      rollback: 'https://wiki.example.com/rollback',
      errorBudget: { incidents: 2, period: 'P30D' },
      escalation: '#support-ai-oncall',
      models: ['resource:default/gpt-4o-mini'],
      contributors: [{ team: 'group:default/ai-platform', role: 'build' }],
      ...spec,
    },
  };
}

/** A prompt with a version and an example. */
export function prompt(
  id: string,
  overrides: Partial<PromptTemplate> = {},
): PromptTemplate {
  return {
    id,
    title: id,
    template: 'Hello {{name}}',
    variables: [{ name: 'name' }],
    version: '1.0.0',
    models: ['resource:default/gpt-4o-mini'],
    examples: [{ input: { name: 'Ada' } }],
    ...overrides,
  };
}

/** A prompt library curated by the support automation guild; `spec` overrides. */
export function library(
  spec: Partial<PromptLibraryEntityV1alpha1['spec']> = {},
): PromptLibraryEntityV1alpha1 {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name: 'support-prompts' },
    spec: {
      lifecycle: 'production',
      owner: 'group:default/customer-support',
      function: 'support',
      guild: 'group:default/support-automation-guild',
      reviewedAt: '2026-10-01',
      reviewCadence: 'P90D',
      prompts: [prompt('first-response'), prompt('refund-reply')],
      ...spec,
    },
  };
}

/** The catalog of the example organisation, as far as checks read it. */
export function catalogFacts(
  overrides: Partial<ReadinessCatalogFacts> = {},
): ReadinessCatalogFacts {
  return {
    users: new Set([
      'user:default/maria.lopez',
      'user:default/sam.chen',
      'user:default/daniel.kim',
    ]),
    groups: new Map([
      ['group:default/customer-support', { type: 'team', leads: [] }],
      ['group:default/sales', { type: 'team', leads: [] }],
      ['group:default/ai-platform', { type: 'team', leads: [] }],
      [
        'group:default/support-automation-guild',
        {
          type: 'guild',
          leads: ['user:default/sam.chen', 'user:default/daniel.kim'],
        },
      ],
      ['group:default/ai-risk-guild', { type: 'guild', leads: [] }],
    ]),
    models: new Map([
      ['resource:default/gpt-4o-mini', { approval: 'approved' }],
      ['resource:default/claude-sonnet', { approval: 'pending' }],
      ['resource:default/llama-3-70b-onprem', {}],
    ]),
    ...overrides,
  };
}

/** Records of an asset nobody has evaluated, curated, used or broken. */
export function records(
  overrides: Partial<ReadinessRecords> = {},
): ReadinessRecords {
  return {
    incidentTimes: [],
    curation: [],
    lastUseByTeam: new Map(),
    ...overrides,
  };
}

/** The context of one check run, with the example organisation's settings. */
export function context(
  overrides: {
    catalog?: Partial<ReadinessCatalogFacts>;
    records?: Partial<ReadinessRecords>;
    approvedModels?: string[];
  } = {},
): ReadinessCheckContext {
  return {
    entityRef: 'aiworkflow:default/support-ticket-triage',
    now: NOW,
    catalog: catalogFacts(overrides.catalog),
    records: records(overrides.records),
    settings: {
      coordinationGroups: new Set(['group:default/ai-platform']),
      approvedModels: new Set(overrides.approvedModels ?? []),
      defaultCadenceDays: { evaluation: 30, review: 90, reuse: 90 },
    },
  };
}

/** Runs a check as the engine does (kinds it does not cover are not-applicable). */
export function check(
  readinessCheck: ReadinessCheck,
  asset: ScorecardAsset,
  overrides: Parameters<typeof context>[0] = {},
): ReadinessCheckOutcome {
  return runCheck(readinessCheck, asset, context(overrides));
}
