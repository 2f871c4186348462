import { screen } from '@testing-library/react';
import { AIWorkflowEntityV1alpha1 } from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { AIWorkflowSafetyCard } from './AIWorkflowSafetyCard';

/** The text of the field under a label, e.g. "Action tier". */
function fieldText(label: string) {
  return screen.getByRole('heading', { name: label }).nextElementSibling
    ?.textContent;
}

describe('AIWorkflowSafetyCard', () => {
  it('explains the tiers in plain words', async () => {
    await renderEntityCard(<AIWorkflowSafetyCard />, exampleAIWorkflow);

    expect(fieldText('Action tier')).toBe(
      'write — changes records, reversible',
    );
    expect(fieldText('Risk tier')).toBe(
      'medium — a mistake can reach customers or records, and can be corrected',
    );
    expect(fieldText('Data classification')).toBe(
      'confidential — only for the people who need it, such as customer data',
    );
  });

  it.each([
    ['read', 'reads data, never changes anything'],
    ['recommend', 'suggests, a person decides'],
    ['execute', 'takes irreversible actions'],
  ] as const)('explains the %s action tier', async (actionTier, words) => {
    await renderEntityCard(<AIWorkflowSafetyCard />, {
      ...exampleAIWorkflow,
      spec: { ...exampleAIWorkflow.spec, actionTier },
    });
    expect(fieldText('Action tier')).toBe(`${actionTier} — ${words}`);
  });

  it('shows approval, evaluation, kill switch, rollback, budget and escalation', async () => {
    await renderEntityCard(<AIWorkflowSafetyCard />, exampleAIWorkflow);

    expect(fieldText('Human approval')).toBe(
      'RequiredApprovers: support-leadsWhen: before any reply reaches a customer',
    );
    expect(screen.getByRole('link', { name: 'support-leads' })).toHaveAttribute(
      'href',
      '/catalog/default/group/support-leads',
    );
    expect(fieldText('Evaluation')).toBe(
      'Dataset: datasets/support_triage_200.jsonl' +
        'Pass-rate threshold: 92% of cases must pass' +
        'Results: Not declared' +
        'Cadence: Not declared',
    );
    expect(fieldText('Kill switch')).toBe(
      'Owner: sam.chen' +
        'Procedure: Disable the "AI triage" automation in the helpdesk admin.',
    );
    expect(
      screen.getByRole('link', { name: /triage-rollback/ }),
    ).toHaveAttribute(
      'href',
      'https://wiki.example.com/support/triage-rollback',
    );
    expect(fieldText('Error budget')).toBe('2 incidents per 30 days');
    expect(fieldText('Escalation')).toBe('#support-ai-oncall');
  });

  it('says "Not declared" for every missing optional safety field', async () => {
    const {
      dataClassification,
      approval,
      evaluation,
      killSwitch,
      rollback,
      errorBudget,
      escalation,
      ...spec
    } = exampleAIWorkflow.spec;
    await renderEntityCard(<AIWorkflowSafetyCard />, {
      ...exampleAIWorkflow,
      spec,
    } as AIWorkflowEntityV1alpha1);

    expect(screen.getAllByText('Not declared')).toHaveLength(7);
  });

  it('writes evaluation results and cadence, and a one-incident budget', async () => {
    await renderEntityCard(<AIWorkflowSafetyCard />, {
      ...exampleAIWorkflow,
      spec: {
        ...exampleAIWorkflow.spec,
        approval: { required: false },
        evaluation: {
          passRate: 0.875,
          results: 'https://evals.example.com/triage',
          cadence: 'P1M',
        },
        errorBudget: { incidents: 1, period: 'P3M' },
      },
    });

    expect(fieldText('Human approval')).toBe('Not required');
    const evaluation = fieldText('Evaluation');
    expect(evaluation).toContain('Dataset: Not declared');
    expect(evaluation).toContain(
      'Pass-rate threshold: 87.5% of cases must pass',
    );
    expect(evaluation).toContain('Cadence: re-run every month');
    expect(
      screen.getByRole('link', { name: /evals\.example/ }),
    ).toHaveAttribute('href', 'https://evals.example.com/triage');
    expect(fieldText('Error budget')).toBe('1 incident per 3 months');
  });

  it('explains itself on an entity of another kind', async () => {
    await renderEntityCard(<AIWorkflowSafetyCard />, examplePromptLibrary);
    expect(
      screen.getByText(/This card shows AIWorkflow entities/),
    ).toBeInTheDocument();
  });
});
