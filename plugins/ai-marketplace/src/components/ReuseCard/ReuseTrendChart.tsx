import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartColors } from '../../hooks/useChartColors';

/** Reuse events per week, the week named by its Monday. */
export function ReuseTrendChart(props: {
  weeks: Array<{ week: string; events: number }>;
}) {
  const { weeks } = props;
  const colors = useChartColors();
  return (
    <div
      role="img"
      aria-label={`Reuse events per week over the last ${weeks.length} weeks`}
    >
      <ResponsiveContainer width="100%" height={180}>
        <BarChart
          data={weeks}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid
            stroke={colors.grid}
            strokeDasharray="3 3"
            vertical={false}
          />
          <XAxis
            dataKey="week"
            tick={colors.tick}
            stroke={colors.axis}
            tickFormatter={(week: string) => week.slice(5)}
          />
          <YAxis
            allowDecimals={false}
            tick={colors.tick}
            stroke={colors.axis}
            width={40}
          />
          <Tooltip
            {...colors.tooltip}
            cursor={{ fill: colors.grid }}
            labelFormatter={(week: string) => `Week of ${week}`}
            formatter={(value: number) => [value, 'Events']}
          />
          <Bar
            dataKey="events"
            fill={colors.primary}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
