import Typography from '@material-ui/core/Typography';
import { EmptyState, InfoCard } from '@backstage/core-components';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartColors } from '../../hooks/useChartColors';
import { KpiSummaryPoint } from '../../hooks/useKpiSummaryTrend';
import { formatPercent, formatPeriod } from '../../lib/kpiFormat';

const CHART_HEIGHT = 280;

/**
 * Reuse over the window, one point per sub-window: events on the assets in
 * scope (bars) and the share of those assets another team used (line).
 */
export function ReuseOverTimeChart(props: {
  points: KpiSummaryPoint[];
  /** A team filter is set: cross-team events then include what it used of others. */
  teamFiltered?: boolean;
}) {
  const { points, teamFiltered } = props;
  const crossTeamName = teamFiltered
    ? 'Cross-team, to or from the team'
    : 'By other teams';
  const colors = useChartColors();
  const data = points.map(point => ({
    period: formatPeriod(point.window),
    events: point.summary.reuse.events,
    crossTeamEvents: point.summary.matrix.crossTeamEvents,
    rate:
      point.summary.reuse.rate === null
        ? null
        : Math.round(point.summary.reuse.rate * 100),
  }));
  const totalEvents = data.reduce((sum, point) => sum + point.events, 0);

  if (totalEvents === 0) {
    return (
      <InfoCard title="Reuse over time">
        <EmptyState
          missing="data"
          title="No reuse in this window"
          description="No team viewed, copied, adopted, forked or invoked an AI asset matching these filters. Try a longer window or fewer filters."
        />
      </InfoCard>
    );
  }

  const axis = colors.tick;
  const summary = data
    .map(
      point =>
        `${point.period}: ${point.events} events, ${
          point.crossTeamEvents
        } cross-team, ${
          point.rate === null ? 'no assets' : `${point.rate}% reused`
        }`,
    )
    .join('; ');

  return (
    <InfoCard
      title="Reuse over time"
      subheader="Reuse events per period, and the share of assets another team used"
    >
      <div role="img" aria-label={`Reuse over time: ${summary}`}>
        <ResponsiveContainer
          width="100%"
          height={CHART_HEIGHT}
          initialDimension={{ width: 600, height: CHART_HEIGHT }}
        >
          <ComposedChart data={data}>
            <CartesianGrid stroke={colors.grid} vertical={false} />
            <XAxis dataKey="period" tick={axis} stroke={colors.axis} />
            <YAxis
              yAxisId="events"
              allowDecimals={false}
              tick={axis}
              stroke={colors.axis}
              width={40}
            />
            <YAxis
              yAxisId="rate"
              orientation="right"
              domain={[0, 100]}
              unit="%"
              tick={axis}
              stroke={colors.axis}
              width={48}
            />
            <Tooltip
              formatter={(value: number, name: string) =>
                name === 'Cross-team reuse' ? formatPercent(value / 100) : value
              }
              {...colors.tooltip}
            />
            <Legend
              // Recharts colours each label like its series; the faded bar's
              // colour would be too faint to read as text.
              formatter={label => (
                <span style={{ color: colors.label }}>{label}</span>
              )}
            />
            <Bar
              yAxisId="events"
              dataKey="events"
              name="All reuse events"
              fill={colors.primaryMuted}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="events"
              dataKey="crossTeamEvents"
              name={crossTeamName}
              fill={colors.primary}
              isAnimationActive={false}
            />
            <Line
              yAxisId="rate"
              dataKey="rate"
              name="Cross-team reuse"
              stroke={colors.secondary}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Typography variant="caption" color="textSecondary">
        {totalEvents} reuse events on the assets in scope. A team's use of its
        own assets counts in "All reuse events" only.
      </Typography>
    </InfoCard>
  );
}
