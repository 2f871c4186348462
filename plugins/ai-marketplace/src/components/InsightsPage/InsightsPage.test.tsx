import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  KpiQuery,
  ReuseMatrixKpi,
  ScorecardGrouping,
  ScorecardRollupTrend,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import {
  emptyKpiSummary,
  financeTeam,
  kpiSummary,
  salesTeam,
  supportGuild,
  supportTeam,
  workflowEntity,
} from '../../__testUtils__/kpiFixtures';
import { rootRouteRef } from '../../routes';
import { splitWindow, windowEndingToday } from '../../lib/kpiWindow';
import { InsightsPage } from './InsightsPage';

const catalogEntities = [
  salesTeam,
  supportTeam,
  financeTeam,
  supportGuild,
  workflowEntity('sales-inbox-triage', 'sales'),
  workflowEntity('support-ticket-triage', 'support'),
];

/** Prints the current URL's query so tests can see what the filters wrote. */
function LocationProbe() {
  const location = useLocation();
  return <output aria-label="query string">{location.search}</output>;
}

const isWholeWindow = (query: KpiQuery | undefined, days: number) => {
  const window = windowEndingToday(days);
  return query?.from === window.from && query?.to === window.to;
};

function dashboardApi(
  options: { days?: number; summaryFails?: boolean; empty?: boolean } = {},
) {
  const days = options.days ?? 30;
  const parts = splitWindow(windowEndingToday(days), 6);
  const matrix: ReuseMatrixKpi = {
    ...windowEndingToday(days),
    cells: [
      {
        producerRef: 'group:default/sales',
        consumerRef: 'group:default/customer-support',
        events: 14,
        assets: 2,
      },
    ],
    totals: {
      events: 40,
      crossTeamEvents: 14,
      cells: 1,
      producers: 1,
      consumers: 1,
    },
  };
  const readiness: ScorecardRollupTrend = {
    groupBy: 'organisation',
    key: 'all',
    ...windowEndingToday(days),
    levelIds: ['bronze', 'silver', 'gold', 'none'],
    days: [
      {
        day: parts[0].from,
        assets: 30,
        levels: {},
        meanScore: 0.5,
        passRate: 0.6,
      },
      {
        day: parts[5].to,
        assets: 32,
        levels: {},
        meanScore: 0.6,
        passRate: 0.68,
      },
    ],
  };
  return marketplaceApiMock({
    getKpi: async (kpi: string, query?: KpiQuery) => {
      if (kpi === 'summary') {
        if (options.summaryFails) {
          throw new Error('kpi.read denied');
        }
        const window = { from: query!.from!, to: query!.to! };
        if (options.empty) {
          return emptyKpiSummary(window);
        }
        if (isWholeWindow(query, days)) {
          return kpiSummary(window, {
            reuseRate: 0.42,
            assets: 40,
            reusedAssets: 17,
            duplicationRate: 0.1,
            duplicatedAssets: 4,
            medianDays: 12,
            selfServeRate: 0.75,
            selfServe: 9,
            assisted: 3,
            captureRate: 0.5,
            finished: 8,
            withLearnings: 4,
            ownershipShare: 0.1,
            workflows: 20,
            coordinationOwned: 2,
          });
        }
        const i = parts.findIndex(part => part.from === window.from);
        return kpiSummary(window, {
          reuseRate: 0.2 + 0.05 * i,
          ownershipShare: 0.15 - 0.01 * i,
        });
      }
      if (kpi === 'reuse-matrix') {
        return options.empty ? { ...matrix, cells: [] } : matrix;
      }
      if (kpi === 'top-assets') {
        return { ...windowEndingToday(days), items: [] };
      }
      throw new Error(`unexpected KPI ${kpi}`);
    },
    getDuplicates: async () => ({
      detectedAt: null,
      similarityThreshold: 0.5,
      duplicationRate: { assets: 0, assetsWithDuplicate: 0, rate: 0 },
      clusters: [],
    }),
    getScorecardRollupTrend: async () => readiness,
    getScorecardRollup: async (groupBy: ScorecardGrouping) => ({
      groupBy,
      day: null,
      levelIds: [],
      groups: [],
    }),
    listExperiments: async () => ({ items: [] }),
  } as never);
}

function renderDashboard(api: ReturnType<typeof dashboardApi>, url: string) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [marketplaceApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: catalogEntities })],
      ]}
    >
      <InsightsPage />
      <LocationProbe />
    </TestApiProvider>,
    {
      routeEntries: [url],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/ai-marketplace': rootRouteRef,
      },
    },
  );
}

const summaryCalls = (api: ReturnType<typeof dashboardApi>) =>
  api.getKpi.mock.calls.filter(([kpi]) => kpi === 'summary');

describe('InsightsPage', () => {
  it('links back to the marketplace from its header', async () => {
    await renderDashboard(dashboardApi(), '/ai-marketplace/insights');
    expect(
      await screen.findByRole('button', { name: 'AI Marketplace' }),
    ).toHaveAttribute('href', '/ai-marketplace');
  });

  it('shows each KPI from the API with its explanation and its trend', async () => {
    const api = dashboardApi();
    await renderDashboard(api, '/ai-marketplace/insights?window=30');

    const reuse = await screen.findByRole('region', {
      name: 'Cross-team reuse',
    });
    expect(within(reuse).getByText('42%')).toBeInTheDocument();
    expect(
      within(reuse).getByText('17 of 40 assets used by another team'),
    ).toBeInTheDocument();
    expect(
      within(reuse).getByText(/a team other than the owner viewed, copied/),
    ).toBeInTheDocument();
    // 20% in the first sub-window, 45% in the last: higher is better.
    expect(within(reuse).getByText(/\+25 pts since/)).toBeInTheDocument();

    const ownership = screen.getByRole('region', {
      name: 'Ownership concentration',
    });
    expect(within(ownership).getByText('10%')).toBeInTheDocument();
    expect(
      within(ownership).getByText('2 of 20 workflows'),
    ).toBeInTheDocument();
    expect(within(ownership).getByText(/−5 pts since/)).toBeInTheDocument();
    expect(
      within(ownership).getByText(/centralization trap/),
    ).toBeInTheDocument();

    const ttfe = screen.getByRole('region', {
      name: 'Time to first experiment',
    });
    expect(within(ttfe).getByText('12 days')).toBeInTheDocument();

    const selfServe = screen.getByRole('region', { name: 'Self-serve rate' });
    expect(within(selfServe).getByText('75%')).toBeInTheDocument();
    expect(
      within(selfServe).getByText('9 of 12 experiments'),
    ).toBeInTheDocument();

    const capture = screen.getByRole('region', { name: 'Knowledge capture' });
    expect(
      within(capture).getByText('4 of 8 finished experiments'),
    ).toBeInTheDocument();

    const duplication = screen.getByRole('region', {
      name: 'Duplication rate',
    });
    expect(within(duplication).getByText('10%')).toBeInTheDocument();

    // Readiness: the API's own daily history, latest day first in the headline.
    const readiness = await screen.findByRole('region', { name: 'Readiness' });
    expect(within(readiness).getByText('68%')).toBeInTheDocument();
    expect(within(readiness).getByText(/\+8 pts since/)).toBeInTheDocument();
    expect(api.getScorecardRollupTrend).toHaveBeenCalledWith(
      'organisation',
      undefined,
      windowEndingToday(30),
    );
  });

  it('computes trends from the window and six consecutive sub-windows, in parallel', async () => {
    const api = dashboardApi();
    await renderDashboard(api, '/ai-marketplace/insights?window=30');
    await screen.findByRole('region', { name: 'Cross-team reuse' });

    const windows = summaryCalls(api).map(([, query]) => ({
      from: query!.from,
      to: query!.to,
    }));
    expect(windows).toEqual([
      windowEndingToday(30),
      ...splitWindow(windowEndingToday(30), 6),
    ]);
  });

  it('reads the filters from the URL and sends them with every KPI', async () => {
    const api = dashboardApi({ days: 180 });
    await renderDashboard(
      api,
      '/ai-marketplace/insights?window=180&function=support&team=group:default/sales',
    );
    await screen.findByRole('region', { name: 'Cross-team reuse' });

    expect(api.getKpi).toHaveBeenCalledWith('summary', {
      ...windowEndingToday(180),
      function: 'support',
      team: 'group:default/sales',
    });
    expect(api.getKpi).toHaveBeenCalledWith(
      'reuse-matrix',
      expect.objectContaining({
        function: 'support',
        team: 'group:default/sales',
      }),
    );
    expect(api.getDuplicates).toHaveBeenCalledWith({
      team: 'group:default/sales',
      function: 'support',
      guild: undefined,
    });
    // Readiness groups by the most specific filter: the team.
    expect(api.getScorecardRollupTrend).toHaveBeenCalledWith(
      'owner',
      'group:default/sales',
      windowEndingToday(180),
    );
    expect(screen.getByLabelText('Team')).toHaveValue('group:default/sales');
    expect(screen.getByLabelText('Window')).toHaveValue('180');
  });

  it('sends the new query and writes the URL when a filter changes', async () => {
    const api = dashboardApi({ days: 90 });
    await renderDashboard(api, '/ai-marketplace/insights?window=30');
    await screen.findByRole('region', { name: 'Cross-team reuse' });
    // The catalog's teams and guilds become the options.
    await screen.findByRole('option', { name: 'Customer Support' });

    await userEvent.selectOptions(
      screen.getByLabelText('Team'),
      'group:default/customer-support',
    );
    await waitFor(() =>
      expect(api.getKpi).toHaveBeenCalledWith(
        'summary',
        expect.objectContaining({ team: 'group:default/customer-support' }),
      ),
    );
    expect(screen.getByLabelText('query string')).toHaveTextContent(
      'window=30&team=group%3Adefault%2Fcustomer-support',
    );

    await userEvent.selectOptions(screen.getByLabelText('Window'), '90');
    await waitFor(() =>
      expect(api.getKpi).toHaveBeenCalledWith('summary', {
        ...windowEndingToday(90),
        team: 'group:default/customer-support',
      }),
    );
    expect(screen.getByLabelText('query string')).toHaveTextContent(
      'window=90',
    );

    await userEvent.selectOptions(
      screen.getByLabelText('Guild'),
      'group:default/support-automation-guild',
    );
    await waitFor(() =>
      expect(api.getDuplicates).toHaveBeenLastCalledWith({
        team: 'group:default/customer-support',
        function: undefined,
        guild: 'group:default/support-automation-guild',
      }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByLabelText('query string')).toHaveTextContent(
      /^\?window=90$/,
    );
  }, 30_000);

  it('says so when nothing matches in the window', async () => {
    const api = dashboardApi({ empty: true });
    await renderDashboard(api, '/ai-marketplace/insights?window=30');

    expect(
      await screen.findByText('No AI assets or activity in this window'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Cross-team reuse' }),
    ).not.toBeInTheDocument();
    expect(
      await screen.findByText('No cross-team reuse in this window'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Near-duplicate detection has not run yet'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No scorecards computed yet'),
    ).toBeInTheDocument();
  });

  it('shows the error when the KPIs cannot be loaded, and keeps the rest', async () => {
    const api = dashboardApi({ summaryFails: true });
    await renderDashboard(api, '/ai-marketplace/insights');

    expect(
      await screen.findByText(/Could not load the KPIs/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/kpi.read denied/).length).toBeGreaterThan(0);
    // The default window is 90 days; the other cards still answer.
    expect(screen.getByLabelText('Window')).toHaveValue('90');
    expect(
      await screen.findByRole('table', {
        name: 'Reuse events by producing and consuming team',
      }),
    ).toBeInTheDocument();
  });
});
