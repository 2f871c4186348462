import { screen, within } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { ReuseSummary } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { lastDays } from '../../lib/utcDays';
import { ReuseCard } from './ReuseCard';

const summary: ReuseSummary = {
  entityRef: 'promptlibrary:default/support-prompts',
  ...lastDays(90),
  total: 42,
  byType: { viewed: 20, copied: 15, adopted: 2, forked: 1, invoked: 4 },
  teams: [
    { teamRef: 'group:default/sales', events: 18, isOwner: false },
    { teamRef: 'group:default/customer-support', events: 16, isOwner: true },
    { teamRef: 'group:default/legal', events: 8, isOwner: false },
  ],
  consumingTeams: 2,
  trend: [{ period: lastDays(90).to, events: 42 }],
  interval: 'week',
};

function renderCard(
  api = marketplaceApiMock(),
  entity: Entity = examplePromptLibrary,
) {
  return renderEntityCard(
    <TestApiProvider apis={[[marketplaceApiRef, api]]}>
      <ReuseCard />
    </TestApiProvider>,
    entity,
  );
}

describe('ReuseCard', () => {
  it('shows which teams use it, the owner marked, events by type and the trend', async () => {
    const api = marketplaceApiMock({ getReuseSummary: async () => summary });
    await renderCard(api);

    expect(await screen.findByText(/^Used/)).toHaveTextContent(
      'Used 42 times by 3 teams in the last 90 days, 2 of them besides the owner.',
    );
    const rows = within(
      screen.getByRole('table', { name: 'Teams that used it' }),
    ).getAllByRole('row');
    expect(rows.map(row => row.textContent)).toEqual([
      'TeamEvents',
      'sales18',
      'customer-supportowner16',
      'legal8',
    ]);
    expect(
      within(rows[1]).getByRole('link', { name: 'sales' }),
    ).toHaveAttribute('href', '/catalog/default/group/sales');
    expect(
      within(screen.getByRole('list', { name: 'Events by type' }))
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['viewed 20', 'copied 15', 'adopted 2', 'forked 1', 'invoked 4']);
    expect(
      screen.getByRole('img', {
        name: /Reuse events per week over the last 1[34] weeks/,
      }),
    ).toBeInTheDocument();
    expect(api.getReuseSummary).toHaveBeenCalledWith(
      'promptlibrary:default/support-prompts',
      { ...lastDays(90), interval: 'week' },
    );
  });

  it('works on a workflow too, and says when only the owner used it', async () => {
    const api = marketplaceApiMock({
      getReuseSummary: async () => ({
        ...summary,
        total: 1,
        teams: [summary.teams[1]],
        consumingTeams: 0,
      }),
    });
    await renderCard(api, exampleAIWorkflow);

    expect(await screen.findByText(/^Used/)).toHaveTextContent(
      'Used once by 1 team in the last 90 days, all by the owning team.',
    );
    expect(api.getReuseSummary).toHaveBeenCalledWith(
      'aiworkflow:default/support-ticket-triage',
      expect.anything(),
    );
  });

  it('says when nobody used it', async () => {
    await renderCard(
      marketplaceApiMock({
        getReuseSummary: async () => ({
          ...summary,
          total: 0,
          byType: { viewed: 0, copied: 0, adopted: 0, forked: 0, invoked: 0 },
          teams: [],
          consumingTeams: 0,
          trend: [],
        }),
      }),
    );
    expect(
      await screen.findByText('No reuse in the last 90 days'),
    ).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    await renderCard(
      marketplaceApiMock({
        getReuseSummary: async () => {
          throw new Error('Reuse summary unavailable');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/Reuse summary unavailable/)).length,
    ).toBeGreaterThan(0);
  });

  it('explains itself on an entity of another kind', async () => {
    await renderCard(marketplaceApiMock(), {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'billing-service' },
    });
    expect(
      screen.getByText(/This card shows AIWorkflow or PromptLibrary entities/),
    ).toBeInTheDocument();
  });
});
