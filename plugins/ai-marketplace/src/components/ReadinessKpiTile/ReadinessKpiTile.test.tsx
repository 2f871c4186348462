import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { marketplaceApiRef } from '../../api';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { readinessScope, ReadinessKpiTile } from './ReadinessKpiTile';

const window = { from: '2026-10-23', to: '2026-11-21' };

describe('readinessScope', () => {
  it('groups by the most specific filter and names the ones left out', () => {
    expect(readinessScope(window)).toEqual({
      groupBy: 'organisation',
      ignored: [],
    });
    expect(readinessScope({ ...window, function: 'support' })).toEqual({
      groupBy: 'function',
      key: 'support',
      ignored: [],
    });
    expect(
      readinessScope({
        ...window,
        guild: 'group:default/support-automation-guild',
        function: 'support',
      }),
    ).toEqual({
      groupBy: 'guild',
      key: 'group:default/support-automation-guild',
      ignored: ['function'],
    });
    expect(
      readinessScope({
        ...window,
        team: 'group:default/sales',
        guild: 'group:default/support-automation-guild',
      }),
    ).toEqual({
      groupBy: 'owner',
      key: 'group:default/sales',
      ignored: ['guild'],
    });
  });
});

describe('ReadinessKpiTile', () => {
  async function renderTile(api: ReturnType<typeof marketplaceApiMock>) {
    await renderInTestApp(
      <TestApiProvider apis={[[marketplaceApiRef, api]]}>
        <ReadinessKpiTile
          query={{ ...window, team: 'group:default/sales', function: 'sales' }}
        />
      </TestApiProvider>,
    );
  }

  it('shows the latest pass rate and its daily trend', async () => {
    const api = marketplaceApiMock({
      getScorecardRollupTrend: async (groupBy, key) => ({
        groupBy,
        key: key!,
        ...window,
        levelIds: ['bronze', 'none'],
        days: [
          {
            day: '2026-10-23',
            assets: 3,
            levels: {},
            meanScore: 0.2,
            passRate: 0.4,
          },
          {
            day: '2026-11-20',
            assets: 4,
            levels: {},
            meanScore: 0.5,
            passRate: 0.55,
          },
          {
            day: '2026-11-21',
            assets: 4,
            levels: {},
            meanScore: 0,
            passRate: null,
          },
        ],
      }),
    });
    await renderTile(api);

    const tile = await screen.findByRole('region', { name: 'Readiness' });
    expect(within(tile).getByText('55%')).toBeInTheDocument();
    expect(
      within(tile).getByText('Checks passing on 4 assets, 20 Nov'),
    ).toBeInTheDocument();
    expect(within(tile).getByText('+15 pts since 23 Oct')).toBeInTheDocument();
    expect(within(tile).getByText(/function not applied/)).toBeInTheDocument();
    expect(api.getScorecardRollupTrend).toHaveBeenCalledWith(
      'owner',
      'group:default/sales',
      window,
    );
  });

  it('says when no scorecard falls in the window', async () => {
    const api = marketplaceApiMock({
      getScorecardRollupTrend: async (groupBy, key) => ({
        groupBy,
        key: key!,
        ...window,
        levelIds: [],
        days: [],
      }),
    });
    await renderTile(api);
    expect(
      await screen.findByText('No scorecards in this window'),
    ).toBeInTheDocument();
    expect(screen.getByText('—')).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    const api = marketplaceApiMock({
      getScorecardRollupTrend: async () => {
        throw new Error('trend unavailable');
      },
    });
    await renderTile(api);
    expect(await screen.findByText(/Readiness not loaded/)).toBeInTheDocument();
  });
});
