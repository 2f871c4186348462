import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  ScorecardGroupRollup,
  ScorecardGrouping,
  ScorecardRollup,
  ScorecardRollupTrend,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { rootRouteRef } from '../../routes';
import { InsightsQuery } from '../../hooks/useInsightsFilters';
import { groupPassRate, ReadinessBreakdown } from './ReadinessBreakdown';

const window = { from: '2026-10-23', to: '2026-11-21' };
const LEVEL_IDS = ['bronze', 'silver', 'gold', 'none'];

function group(
  key: string,
  assets: number,
  levels: Record<string, number>,
  pass: number,
  fail: number,
  stale: number,
): ScorecardGroupRollup {
  return {
    key,
    assets,
    levels,
    levelShares: Object.fromEntries(
      Object.entries(levels).map(([id, n]) => [id, n / assets]),
    ),
    meanScore: 0.6,
    checks: [
      {
        checkId: 'owner-business-team',
        counts: { pass, fail, stale, exempt: 1, 'not-applicable': 2 },
        passRate: pass / (pass + fail + stale),
      },
    ],
  };
}

const rollups: Record<string, ScorecardRollup> = {
  owner: {
    groupBy: 'owner',
    day: '2026-11-21',
    levelIds: LEVEL_IDS,
    groups: [
      group(
        'group:default/sales',
        4,
        { gold: 1, silver: 2, bronze: 0, none: 1 },
        6,
        2,
        0,
      ),
      group(
        'group:default/customer-support',
        6,
        { gold: 3, silver: 3, bronze: 0, none: 0 },
        9,
        0,
        1,
      ),
    ],
  },
  function: {
    groupBy: 'function',
    day: '2026-11-21',
    levelIds: LEVEL_IDS,
    groups: [
      group('support', 6, { gold: 3, silver: 3, bronze: 0, none: 0 }, 9, 0, 1),
    ],
  },
  guild: {
    groupBy: 'guild',
    day: '2026-11-21',
    levelIds: LEVEL_IDS,
    groups: [
      group(
        'group:default/support-automation-guild',
        5,
        { gold: 2, silver: 2, bronze: 1, none: 0 },
        8,
        1,
        1,
      ),
    ],
  },
};

function trend(groupBy: ScorecardGrouping, key: string): ScorecardRollupTrend {
  return {
    groupBy,
    key,
    ...window,
    levelIds: LEVEL_IDS,
    days: [
      {
        day: '2026-10-23',
        assets: 4,
        levels: {},
        meanScore: 0.4,
        passRate: 0.5,
      },
      {
        day: '2026-11-21',
        assets: 4,
        levels: {},
        meanScore: 0.6,
        passRate: 0.75,
      },
    ],
  };
}

function readinessApi() {
  return marketplaceApiMock({
    getScorecardRollup: async groupBy => rollups[groupBy],
    getScorecardRollupTrend: async (groupBy, key) => trend(groupBy, key!),
  });
}

async function renderBreakdown(
  api: ReturnType<typeof marketplaceApiMock>,
  query: InsightsQuery = window,
) {
  await renderInTestApp(
    <TestApiProvider apis={[[marketplaceApiRef, api]]}>
      <ReadinessBreakdown
        query={query}
        labelOf={ref => ref.replace('group:default/', '').toUpperCase()}
      />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/ai-marketplace': rootRouteRef,
      },
    },
  );
}

describe('ReadinessBreakdown', () => {
  it('counts pass against pass, fail and stale, leaving exempt and n/a out', () => {
    expect(groupPassRate(rollups.owner.groups[0])).toBe(0.75);
    expect(
      groupPassRate({ ...rollups.owner.groups[0], checks: [] }),
    ).toBeNull();
  });

  it('shows each team with its levels, checks passing and trend', async () => {
    const api = readinessApi();
    await renderBreakdown(api);

    const table = await screen.findByRole('table', {
      name: 'Readiness by team',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    // Largest group first.
    expect(rows[0]).toHaveTextContent('CUSTOMER-SUPPORT');
    expect(
      within(rows[1]).getByRole('link', { name: 'SALES' }),
    ).toHaveAttribute('href', '/catalog/default/group/sales');
    expect(rows[1]).toHaveTextContent('75%');
    expect(
      within(rows[1]).getByRole('img', {
        name: 'Levels: gold 25% · silver 50% · none 25%',
      }),
    ).toBeInTheDocument();
    expect(
      await within(rows[1]).findByRole('img', {
        name: 'Checks passing from 50% to 75%, +25 pts',
      }),
    ).toBeInTheDocument();
    // Only the window goes with a trend: the route takes no KPI filters.
    expect(api.getScorecardRollupTrend).toHaveBeenCalledWith(
      'owner',
      'group:default/sales',
      window,
    );
  });

  it('switches to functions and guilds, guilds linking to their guild page', async () => {
    const api = readinessApi();
    await renderBreakdown(api);
    await screen.findByRole('table', { name: 'Readiness by team' });

    await userEvent.click(screen.getByRole('tab', { name: 'By function' }));
    expect(
      await screen.findByRole('table', { name: 'Readiness by function' }),
    ).toHaveTextContent('support');
    expect(api.getScorecardRollup).toHaveBeenCalledWith('function');

    await userEvent.click(screen.getByRole('tab', { name: 'By guild' }));
    const guildLink = await screen.findByRole('link', {
      name: 'SUPPORT-AUTOMATION-GUILD',
    });
    expect(guildLink).toHaveAttribute(
      'href',
      '/ai-marketplace/guilds/default/support-automation-guild',
    );
  });

  it('keeps the row a filter on the same dimension names', async () => {
    const api = readinessApi();
    await renderBreakdown(api, { ...window, team: 'group:default/sales' });

    const table = await screen.findByRole('table', {
      name: 'Readiness by team',
    });
    await waitFor(() =>
      expect(within(table).getAllByRole('row')).toHaveLength(2),
    );
    expect(table).toHaveTextContent('SALES');
    expect(table).not.toHaveTextContent('CUSTOMER-SUPPORT');
  });

  it('says when no scorecard was computed yet, and shows errors', async () => {
    const api = marketplaceApiMock({
      getScorecardRollup: async groupBy =>
        groupBy === 'owner'
          ? { groupBy, day: null, levelIds: [], groups: [] }
          : Promise.reject(new Error('rollups unavailable')),
    });
    await renderBreakdown(api);
    expect(
      await screen.findByText('No scorecards computed yet'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'By guild' }));
    expect(
      await screen.findByText(/Could not load readiness/),
    ).toBeInTheDocument();
  });
});
