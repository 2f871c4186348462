import { AIWorkflowEntityV1alpha1 } from '../kinds/AIWorkflowEntityV1alpha1';
import { PromptLibraryEntityV1alpha1 } from '../kinds/PromptLibraryEntityV1alpha1';

/** The AIWorkflow of DESIGN.md's contract, every field used. */
export function designWorkflow(): AIWorkflowEntityV1alpha1 {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata: {
      name: 'support-ticket-triage',
      title: 'Support ticket triage',
      description:
        'Classifies incoming tickets and drafts a first reply for an agent to approve.',
      tags: ['triage', 'helpdesk'],
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
      approval: {
        required: true,
        approvers: ['group:default/support-leads'],
        when: 'before any reply reaches a customer',
      },
      evaluation: {
        dataset: 'datasets/support_triage_200.jsonl',
        passRate: 0.92,
      },
      killSwitch: {
        owner: 'user:default/sam.chen',
        procedure: 'Disable the "AI triage" automation in the helpdesk admin.',
      },
      rollback: 'https://wiki.example.com/support/triage-rollback',
      errorBudget: { incidents: 2, period: 'P30D' },
      escalation: '#support-ai-oncall',
      outcomeMetrics: [
        {
          name: 'first response time',
          unit: 'minutes',
          baseline: 95,
          target: 30,
        },
      ],
      models: ['resource:default/gpt-4o-mini'],
      prompts: ['promptlibrary:default/support-prompts'],
      derivedFrom: 'aiworkflow:default/sales-inbox-triage',
      contributors: [
        {
          team: 'group:default/customer-support',
          role: 'sme',
          note: '200 labelled tickets and the acceptance criteria',
        },
        { team: 'group:default/ai-platform', role: 'build' },
      ],
    },
  };
}

/** The PromptLibrary of DESIGN.md's contract, every field used. */
export function designLibrary(): PromptLibraryEntityV1alpha1 {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name: 'support-prompts', title: 'Support prompt library' },
    spec: {
      lifecycle: 'production',
      owner: 'group:default/customer-support',
      function: 'support',
      guild: 'group:default/support-automation-guild',
      reviewedAt: '2026-09-01',
      reviewCadence: 'P90D',
      prompts: [
        {
          id: 'first-response',
          title: 'First response draft',
          description:
            'A polite first reply that restates the problem and asks for what is missing.',
          template:
            'You are a support agent for {{product}}. Draft a first reply to this ticket:\n{{ticket}}\n',
          variables: [
            {
              name: 'product',
              description: 'Product name as the customer knows it',
            },
            { name: 'ticket', description: 'The ticket text' },
          ],
          version: '1.2.0',
          models: ['resource:default/gpt-4o-mini'],
          tags: ['email'],
          examples: [
            {
              input: {
                product: 'Acme CRM',
                ticket: 'I cannot export my contacts.',
              },
              output:
                'Thanks for reaching out about exporting contacts in Acme CRM...',
            },
          ],
        },
      ],
    },
  };
}
