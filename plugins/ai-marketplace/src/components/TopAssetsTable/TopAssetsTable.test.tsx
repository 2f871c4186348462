import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TopAssetsKpi } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { TopAssetsTable } from './TopAssetsTable';

const query = {
  from: '2026-10-23',
  to: '2026-11-21',
  team: 'group:default/sales',
};

const topAssets: TopAssetsKpi = {
  ...query,
  items: [
    {
      entityRef: 'aiworkflow:default/sales-inbox-triage',
      kind: 'aiworkflow',
      title: 'Sales inbox triage',
      ownerRef: 'group:default/sales',
      function: 'sales',
      guildRef: 'group:default/support-automation-guild',
      events: 48,
      byType: { viewed: 30, copied: 0, adopted: 3, forked: 1, invoked: 14 },
      consumingTeams: 3,
      consumingTeamEvents: 40,
    },
  ],
};

async function renderTable(api: ReturnType<typeof marketplaceApiMock>) {
  await renderInTestApp(
    <TestApiProvider apis={[[marketplaceApiRef, api]]}>
      <TopAssetsTable query={query} />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('TopAssetsTable', () => {
  it('lists the assets other teams used, owning team first', async () => {
    const api = marketplaceApiMock({
      getKpi: (async () => topAssets) as never,
    });
    await renderTable(api);

    const link = await screen.findByRole('link', {
      name: 'Sales inbox triage',
    });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/aiworkflow/sales-inbox-triage',
    );
    const row = link.closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('sales');
    expect(within(cells[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/group/sales',
    );
    expect(cells[1]).toHaveTextContent('AI workflow');
    expect(cells[2]).toHaveTextContent('3');
    expect(cells[3]).toHaveTextContent('40');
    expect(cells[4]).toHaveTextContent('48');
    expect(cells[4]).toHaveTextContent(
      '30 viewed · 14 invoked · 3 adopted · 1 forked',
    );
    expect(api.getKpi).toHaveBeenCalledWith('top-assets', {
      ...query,
      limit: 10,
    });
  });

  it('shows an empty state when no other team used an asset', async () => {
    const api = marketplaceApiMock({
      getKpi: (async () => ({ ...query, items: [] })) as never,
    });
    await renderTable(api);
    expect(
      await screen.findByText(
        'No asset was reused by another team in this window',
      ),
    ).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    const api = marketplaceApiMock({
      getKpi: (async () => {
        throw new Error('top assets unavailable');
      }) as never,
    });
    await renderTable(api);
    expect(
      await screen.findByText(/Could not load the most reused assets/),
    ).toBeInTheDocument();
  });
});
