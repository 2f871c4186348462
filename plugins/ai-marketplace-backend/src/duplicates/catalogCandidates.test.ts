import {
  AIWorkflowEntityV1alpha1,
  PromptLibraryEntityV1alpha1,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  promptCandidates,
  textOfWorkflow,
  workflowCandidate,
} from './catalogCandidates';
import { findDuplicateClusters } from './findDuplicateClusters';

function workflow(
  metadata: AIWorkflowEntityV1alpha1['metadata'],
  owner: string,
): AIWorkflowEntityV1alpha1 {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata,
    spec: {
      type: 'assistant',
      lifecycle: 'production',
      owner,
      function: 'support',
      actionTier: 'recommend',
      riskTier: 'low',
    },
  };
}

function library(
  name: string,
  owner: string,
  prompts: PromptLibraryEntityV1alpha1['spec']['prompts'],
): PromptLibraryEntityV1alpha1 {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name, title: `${name} library` },
    spec: { lifecycle: 'production', owner, function: 'support', prompts },
  };
}

const FIRST_RESPONSE =
  'You are a support agent at Acme. Draft a first reply to the ticket below: ' +
  'thank the customer, restate the problem in one sentence, give the next ' +
  'step and when they will hear from us. Never promise a refund.\n\n' +
  'Ticket:\n{{ticket}}';

describe('textOfWorkflow', () => {
  it('joins title and description', () => {
    expect(
      textOfWorkflow(
        workflow(
          {
            name: 'support-ticket-triage',
            title: 'Support ticket triage',
            description: 'Classifies incoming tickets and drafts a reply.',
          },
          'group:default/customer-support',
        ),
      ),
    ).toBe(
      'Support ticket triage\nClassifies incoming tickets and drafts a reply.',
    );
  });

  it('falls back to the name when there is no title', () => {
    expect(
      textOfWorkflow(workflow({ name: 'invoice-matching' }, 'finance')),
    ).toBe('invoice-matching');
  });
});

describe('workflowCandidate', () => {
  it('uses lowercase full refs for the id and the owner', () => {
    expect(
      workflowCandidate(
        workflow(
          {
            name: 'Invoice-Matching',
            namespace: 'acme',
            title: 'Invoice matching',
            description: 'Matches supplier invoices to purchase orders.',
          },
          'Finance-Ops',
        ),
      ),
    ).toEqual({
      id: 'aiworkflow:acme/invoice-matching',
      kind: 'workflow',
      ownerRef: 'group:acme/finance-ops',
      text: 'Invoice matching\nMatches supplier invoices to purchase orders.',
    });
  });

  it('keeps an owner that is a user', () => {
    expect(
      workflowCandidate(workflow({ name: 'w' }, 'user:default/sam.chen'))
        .ownerRef,
    ).toBe('user:default/sam.chen');
  });
});

describe('promptCandidates', () => {
  it('makes one candidate per prompt, owned by the library owner', () => {
    const support = library(
      'support-prompts',
      'group:default/customer-support',
      [
        {
          id: 'first-response',
          title: 'First response draft',
          description: 'First reply to a new ticket.',
          template: FIRST_RESPONSE,
          variables: [{ name: 'ticket', required: true }],
        },
        {
          id: 'tone-check',
          title: 'Tone check',
          template: 'Rewrite {{draft}} so it sounds calm and friendly.',
        },
      ],
    );
    expect(promptCandidates(support)).toEqual([
      {
        id: 'promptlibrary:default/support-prompts#first-response',
        kind: 'prompt',
        ownerRef: 'group:default/customer-support',
        text: `First response draft\nFirst reply to a new ticket.\n${FIRST_RESPONSE}`,
      },
      {
        id: 'promptlibrary:default/support-prompts#tone-check',
        kind: 'prompt',
        ownerRef: 'group:default/customer-support',
        text: 'Tone check\nRewrite {{draft}} so it sounds calm and friendly.',
      },
    ]);
  });

  it('lets another team’s lightly edited copy be found as a duplicate', () => {
    const support = library('support-prompts', 'customer-support', [
      {
        id: 'first-response',
        title: 'First response draft',
        template: FIRST_RESPONSE,
      },
    ]);
    const sales = library('sales-prompts', 'group:default/sales-ops', [
      {
        id: 'customer-reply',
        title: 'First response draft',
        template: FIRST_RESPONSE.replace('support agent', 'sales rep').replace(
          '{{ticket}}',
          '{{ email }}',
        ),
      },
      {
        id: 'deal-summary',
        title: 'Deal summary',
        template: 'Summarise {{deal}}.',
      },
    ]);
    const clusters = findDuplicateClusters([
      ...promptCandidates(support),
      ...promptCandidates(sales),
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].members).toEqual([
      {
        id: 'promptlibrary:default/sales-prompts#customer-reply',
        ownerRef: 'group:default/sales-ops',
      },
      {
        id: 'promptlibrary:default/support-prompts#first-response',
        ownerRef: 'group:default/customer-support',
      },
    ]);
    expect(clusters[0].maxSimilarity).toBeGreaterThan(0.8);
  });
});
