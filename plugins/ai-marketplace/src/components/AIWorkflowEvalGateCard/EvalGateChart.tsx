import type { EvaluationResult } from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartColors } from '../../hooks/useChartColors';

const asPercent = (share: number | null) =>
  share === null ? null : Math.round(share * 1000) / 10;

/**
 * Pass rate against threshold, one point per evaluation, oldest first. The
 * threshold is drawn as recorded with each result, so a raised bar shows.
 */
export function EvalGateChart(props: {
  /** Latest first, as the backend lists them. */
  results: EvaluationResult[];
}) {
  const colors = useChartColors();
  const data = [...props.results].reverse().map(result => ({
    day: result.evaluatedAt.slice(0, 10),
    version: result.version,
    passRate: asPercent(result.passRate),
    threshold: asPercent(result.threshold),
  }));
  const lowest = Math.min(
    ...data.flatMap(point => [point.passRate ?? 100, point.threshold ?? 100]),
  );
  const floor = Math.max(0, Math.floor((lowest - 5) / 10) * 10);

  return (
    <div
      role="img"
      aria-label={`Pass rate of the last ${data.length} evaluations against the threshold`}
    >
      <ResponsiveContainer width="100%" height={200}>
        <LineChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={colors.tick} stroke={colors.axis} />
          <YAxis
            domain={[floor, 100]}
            unit="%"
            tick={colors.tick}
            stroke={colors.axis}
            width={48}
          />
          <Tooltip
            {...colors.tooltip}
            formatter={(value: number, name: string) => [`${value}%`, name]}
            labelFormatter={(day: string, payload) =>
              payload?.[0]
                ? `${day} · version ${payload[0].payload.version}`
                : day
            }
          />
          <Legend wrapperStyle={{ color: colors.axis }} />
          <Line
            name="Pass rate"
            dataKey="passRate"
            stroke={colors.primary}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Line
            name="Threshold"
            dataKey="threshold"
            type="stepAfter"
            stroke={colors.reference}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
