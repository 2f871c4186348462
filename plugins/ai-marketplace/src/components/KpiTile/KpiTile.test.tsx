import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { formatPercent, formatPoints } from '../../lib/kpiFormat';
import { KpiTile, KpiTileProps } from './KpiTile';

const base: KpiTileProps = {
  title: 'Self-serve rate',
  value: '75%',
  detail: '9 of 12 experiments',
  explanation: 'Share of experiments teams ran without the central AI team.',
  trend: [
    { label: '1 Nov', value: 0.5 },
    { label: '6 Nov', value: null },
    { label: '11 Nov', value: 0.75 },
  ],
  formatValue: formatPercent,
  formatChange: formatPoints,
  better: 'higher',
  trendSource: '3 periods of 5 days',
};

describe('KpiTile', () => {
  it('shows the value, the numbers behind it and what it measures', async () => {
    await renderInTestApp(<KpiTile {...base} />);

    expect(
      screen.getByRole('region', { name: 'Self-serve rate' }),
    ).toBeInTheDocument();
    expect(screen.getByText('75%')).toBeInTheDocument();
    expect(screen.getByText('9 of 12 experiments')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Share of experiments teams ran without the central AI team.',
      ),
    ).toBeInTheDocument();
  });

  it('describes the trend in words, gaps included, and the change since its start', async () => {
    await renderInTestApp(<KpiTile {...base} />);

    expect(
      screen.getByRole('img', {
        name: 'Trend over 3 periods of 5 days: 1 Nov: 50%, 6 Nov: no data, 11 Nov: 75%',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('+25 pts since 1 Nov')).toBeInTheDocument();
  });

  it('reports a fall as a fall, whichever way is good', async () => {
    await renderInTestApp(
      <KpiTile
        {...base}
        better="lower"
        trend={[
          { label: '1 Nov', value: 0.4 },
          { label: '11 Nov', value: 0.3 },
        ]}
      />,
    );
    expect(screen.getByText('−10 pts since 1 Nov')).toBeInTheDocument();
  });

  it('calls a change that rounds to nothing no change', async () => {
    await renderInTestApp(
      <KpiTile
        {...base}
        trend={[
          { label: '1 Nov', value: 0.401 },
          { label: '11 Nov', value: 0.402 },
        ]}
      />,
    );
    expect(screen.getByText('No change since 1 Nov')).toBeInTheDocument();
  });

  it('says when there is not enough data for a trend', async () => {
    await renderInTestApp(
      <KpiTile
        {...base}
        value="—"
        trend={[
          { label: '1 Nov', value: null },
          { label: '11 Nov', value: 0.3 },
        ]}
      />,
    );
    expect(screen.getByText('Not enough data for a trend')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
