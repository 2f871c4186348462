import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { emptyKpiSummary, kpiSummary } from '../../__testUtils__/kpiFixtures';
import { ReuseOverTimeChart } from './ReuseOverTimeChart';

const first = { from: '2026-10-23', to: '2026-11-06' };
const second = { from: '2026-11-07', to: '2026-11-21' };

describe('ReuseOverTimeChart', () => {
  it('draws each period’s events and cross-team share, with a text alternative', async () => {
    await renderInTestApp(
      <ReuseOverTimeChart
        points={[
          {
            window: first,
            summary: kpiSummary(first, {
              events: 120,
              crossTeamEvents: 50,
              reuseRate: 0.3,
            }),
          },
          {
            window: second,
            summary: kpiSummary(second, {
              events: 80,
              crossTeamEvents: 60,
              reuseRate: null,
            }),
          },
        ]}
      />,
    );

    expect(
      screen.getByRole('img', {
        name:
          'Reuse over time: 23 Oct – 6 Nov: 120 events, 50 cross-team, 30% reused; ' +
          '7 Nov – 21 Nov: 80 events, 60 cross-team, no assets',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/200 reuse events on the assets in scope/),
    ).toBeInTheDocument();
  });

  it('shows an empty state when nothing was reused in the window', async () => {
    await renderInTestApp(
      <ReuseOverTimeChart
        points={[
          { window: first, summary: emptyKpiSummary(first) },
          { window: second, summary: emptyKpiSummary(second) },
        ]}
      />,
    );
    expect(screen.getByText('No reuse in this window')).toBeInTheDocument();
    expect(
      screen.queryByRole('img', { name: /^Reuse over time/ }),
    ).not.toBeInTheDocument();
  });
});
