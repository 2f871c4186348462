import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { Experiment } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { CatalogGroup } from '../../hooks/useCatalogGroups';
import {
  EXPERIMENT_LIST_CAP,
  TeamsWithoutExperiments,
} from './TeamsWithoutExperiments';

const window = { from: '2026-10-23', to: '2026-11-21' };

const teams: CatalogGroup[] = [
  { ref: 'group:default/customer-support', label: 'Customer Support' },
  { ref: 'group:default/finance', label: 'Finance' },
  { ref: 'group:default/legal', label: 'Legal' },
  { ref: 'group:default/sales', label: 'Sales' },
];
const labelOf = (ref: string) =>
  teams.find(team => team.ref === ref)?.label ?? ref;

function experiment(id: string, team: string): Experiment {
  return {
    id,
    entityRef: 'aiworkflow:default/support-ticket-triage',
    teamRef: `group:default/${team}`,
    startedBy: 'user:default/sam.chen',
    startedAt: '2026-11-02T09:00:00.000Z',
    selfServe: true,
    status: 'running',
    finishedAt: null,
    finishedBy: null,
    outcome: null,
    learningsUrl: null,
    recordedAt: '2026-11-02T09:00:01.000Z',
  };
}

async function renderCard(
  api: ReturnType<typeof marketplaceApiMock>,
  query: Record<string, string> = {},
) {
  await renderInTestApp(
    <TestApiProvider apis={[[marketplaceApiRef, api]]}>
      <TeamsWithoutExperiments
        query={{ ...window, ...query }}
        teams={teams}
        labelOf={labelOf}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('TeamsWithoutExperiments', () => {
  it('lists the catalog teams that started no experiment in the window', async () => {
    const api = marketplaceApiMock({
      listExperiments: async () => ({
        items: [
          experiment('e1', 'customer-support'),
          experiment('e2', 'sales'),
          experiment('e3', 'sales'),
        ],
      }),
    });
    await renderCard(api);

    const list = await screen.findByRole('list', {
      name: 'Teams with no experiment in the window',
    });
    const names = within(list)
      .getAllByRole('link')
      .map(link => link.textContent);
    expect(names).toEqual(['Finance', 'Legal']);
    expect(within(list).getByRole('link', { name: 'Finance' })).toHaveAttribute(
      'href',
      '/catalog/default/group/finance',
    );
    expect(screen.getByText('2 of 4 teams')).toBeInTheDocument();
    expect(api.listExperiments).toHaveBeenCalledWith({
      ...window,
      team: undefined,
    });
  });

  it('asks about each remaining team when the list reached its cap', async () => {
    const full = Array.from({ length: EXPERIMENT_LIST_CAP }, (_, i) =>
      experiment(`e${i}`, 'sales'),
    );
    const api = marketplaceApiMock({
      listExperiments: async query => {
        if (!query?.team) {
          return { items: full };
        }
        // Finance's only experiment is older than the capped list reaches.
        return query.team === 'group:default/finance'
          ? { items: [experiment('old', 'finance')] }
          : { items: [] };
      },
    });
    await renderCard(api);

    const list = await screen.findByRole('list', {
      name: 'Teams with no experiment in the window',
    });
    expect(
      within(list)
        .getAllByRole('link')
        .map(link => link.textContent),
    ).toEqual(['Customer Support', 'Legal']);
    expect(api.listExperiments).toHaveBeenCalledWith({
      ...window,
      team: 'group:default/finance',
    });
    expect(api.listExperiments).not.toHaveBeenCalledWith({
      ...window,
      team: 'group:default/sales',
    });
  });

  it('narrows to the filtered team and says when every team ran one', async () => {
    const api = marketplaceApiMock({
      listExperiments: async () => ({ items: [experiment('e1', 'legal')] }),
    });
    await renderCard(api, {
      team: 'group:default/legal',
      function: 'legal',
    });

    expect(
      await screen.findByText(
        'This team ran at least one experiment in this window.',
      ),
    ).toBeInTheDocument();
    expect(api.listExperiments).toHaveBeenCalledWith({
      ...window,
      team: 'group:default/legal',
    });
    expect(
      screen.getByText(/Function and guild filters do not apply/),
    ).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    const api = marketplaceApiMock({
      listExperiments: async () => {
        throw new Error('experiments unavailable');
      },
    });
    await renderCard(api);
    expect(
      await screen.findByText(/Could not load the experiments/),
    ).toBeInTheDocument();
  });
});
