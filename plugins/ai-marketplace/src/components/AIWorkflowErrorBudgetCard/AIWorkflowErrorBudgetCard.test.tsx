import { screen, within } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import type {
  AIWorkflowEntityV1alpha1,
  Incident,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { lastDays } from '../../lib/utcDays';
import { AIWorkflowErrorBudgetCard } from './AIWorkflowErrorBudgetCard';

const DAY_MS = 86_400_000;

function incident(
  id: string,
  ageDays: number,
  severity: Incident['severity'],
): Incident {
  const occurredAt = new Date(Date.now() - ageDays * DAY_MS).toISOString();
  return {
    id,
    entityRef: 'aiworkflow:default/support-ticket-triage',
    severity,
    summary: `Incident ${id}`,
    occurredAt,
    reportedBy: 'user:default/sam.chen',
    teamRef: 'group:default/customer-support',
    recordedAt: occurredAt,
  };
}

const withBudget = (
  errorBudget?: AIWorkflowEntityV1alpha1['spec']['errorBudget'],
): AIWorkflowEntityV1alpha1 => ({
  ...exampleAIWorkflow,
  spec: { ...exampleAIWorkflow.spec, errorBudget },
});

function renderCard(
  api = marketplaceApiMock(),
  entity: Entity = exampleAIWorkflow,
) {
  return renderEntityCard(
    <TestApiProvider apis={[[marketplaceApiRef, api]]}>
      <AIWorkflowErrorBudgetCard />
    </TestApiProvider>,
    entity,
  );
}

describe('AIWorkflowErrorBudgetCard', () => {
  it('says plainly how much of the budget the period used, and lists the incidents', async () => {
    const api = marketplaceApiMock({
      listIncidents: async () => ({
        items: [incident('a', 2, 'sev2'), incident('b', 11, 'sev3')],
      }),
    });
    await renderCard(api, withBudget({ incidents: 3, period: 'P30D' }));

    expect(
      await screen.findByText('2 of 3 incidents used in the last 30 days'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Within budget: 1 more incident allowed.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', {
        name: 'Share of the error budget used',
      }),
    ).toHaveAttribute('aria-valuenow', '67');
    const table = screen.getByRole('table', {
      name: 'Incidents in the period',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('Incident a')).toBeInTheDocument();
    expect(
      within(table).getAllByRole('link', { name: 'customer-support' })[0],
    ).toHaveAttribute('href', '/catalog/default/group/customer-support');
    expect(api.listIncidents).toHaveBeenCalledWith({
      entityRef: 'aiworkflow:default/support-ticket-triage',
      ...lastDays(30),
    });
  });

  it('says when the budget is used up, and when it is exceeded', async () => {
    const used = await renderCard(
      marketplaceApiMock({
        listIncidents: async () => ({
          items: [incident('a', 1, 'sev1'), incident('b', 3, 'sev2')],
        }),
      }),
    );
    expect(
      await screen.findByText('2 of 2 incidents used in the last 30 days'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Used up: the next incident exceeds the budget.'),
    ).toBeInTheDocument();
    used.unmount();

    await renderCard(
      marketplaceApiMock({
        listIncidents: async () => ({
          items: [incident('a', 1, 'sev1'), incident('b', 3, 'sev2')],
        }),
      }),
      withBudget({ incidents: 1, period: 'P1M' }),
    );
    expect(
      await screen.findByText('2 of 1 incident used in the last month'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Exceeded by 1/)).toBeInTheDocument();
  });

  it('says nothing happened when the period had no incident', async () => {
    await renderCard(
      marketplaceApiMock({ listIncidents: async () => ({ items: [] }) }),
    );
    expect(
      await screen.findByText('0 of 2 incidents used in the last 30 days'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No incidents in the last 30 days.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks for a budget when none is declared, and still counts the incidents', async () => {
    await renderCard(
      marketplaceApiMock({
        listIncidents: async () => ({ items: [incident('a', 4, 'sev3')] }),
      }),
      withBudget(undefined),
    );
    expect(
      await screen.findByText('No error budget declared'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/1 incident in the last 30 days\./),
    ).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    await renderCard(
      marketplaceApiMock({
        listIncidents: async () => {
          throw new Error('The incidents could not be read');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/The incidents could not be read/)).length,
    ).toBeGreaterThan(0);
  });

  it('explains itself on an entity of another kind', async () => {
    await renderCard(marketplaceApiMock(), examplePromptLibrary);
    expect(
      screen.getByText(/This card shows AIWorkflow entities/),
    ).toBeInTheDocument();
  });
});
