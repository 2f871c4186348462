import { ReactNode, useId } from 'react';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import TrendingDownIcon from '@material-ui/icons/TrendingDown';
import TrendingFlatIcon from '@material-ui/icons/TrendingFlat';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import { Line, LineChart, Tooltip } from 'recharts';
import { useChartColors } from '../../hooks/useChartColors';
import { statusTextColor } from '../WarningText';

/** One point of a tile's trend; `value` null when there was nothing to measure. */
export type KpiTrendPoint = { label: string; value: number | null };

export interface KpiTileProps {
  /** What is measured, e.g. "Cross-team reuse". */
  title: string;
  /** The headline over the whole window, formatted; "—" without data. */
  value: string;
  /** The numbers behind the headline, e.g. "12 of 40 assets". */
  detail?: ReactNode;
  /** One line: what the KPI says and why it matters. */
  explanation: string;
  /** Oldest first. */
  trend: KpiTrendPoint[];
  /** Formats a trend value (for the chart's tooltip and its text alternative). */
  formatValue: (value: number) => string;
  /** Formats the absolute change between the first and last trend points. */
  formatChange: (change: number) => string;
  /** Which way is good: the change is coloured accordingly. */
  better: 'higher' | 'lower';
  /** Where the trend comes from, e.g. "6 periods of 15 days". */
  trendSource: string;
}

const SPARKLINE_WIDTH = 140;
const SPARKLINE_HEIGHT = 40;

const useStyles = makeStyles(theme => ({
  card: { height: '100%' },
  title: {
    color: theme.palette.text.secondary,
    fontWeight: 'bold',
    letterSpacing: 0.5,
  },
  value: { fontWeight: 'bold', lineHeight: 1.2 },
  trendRow: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    flexWrap: 'wrap',
    margin: theme.spacing(1, 0),
  },
  change: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    fontWeight: 'bold',
  },
  good: { color: statusTextColor(theme, 'success') },
  bad: { color: statusTextColor(theme, 'error') },
  flat: { color: theme.palette.text.secondary },
}));

function measured(trend: KpiTrendPoint[]) {
  return trend.filter(
    (point): point is { label: string; value: number } =>
      point.value !== null && Number.isFinite(point.value),
  );
}

/** The change from the first to the last measured point, coloured by `better`. */
function TrendChange(props: {
  trend: KpiTrendPoint[];
  formatChange: (change: number) => string;
  better: 'higher' | 'lower';
}) {
  const { trend, formatChange, better } = props;
  const classes = useStyles();
  const points = measured(trend);
  if (points.length < 2) {
    return (
      <Typography variant="caption" color="textSecondary">
        Not enough data for a trend
      </Typography>
    );
  }
  const first = points[0];
  const change = points[points.length - 1].value - first.value;
  const shown = formatChange(Math.abs(change));
  // Compared as shown, so a change that rounds to nothing is not coloured.
  if (shown === formatChange(0)) {
    return (
      <Typography
        variant="caption"
        className={`${classes.change} ${classes.flat}`}
      >
        <TrendingFlatIcon fontSize="small" aria-hidden />
        No change since {first.label}
      </Typography>
    );
  }
  const isGood = change > 0 === (better === 'higher');
  const Icon = change > 0 ? TrendingUpIcon : TrendingDownIcon;
  return (
    <Typography
      variant="caption"
      className={`${classes.change} ${isGood ? classes.good : classes.bad}`}
    >
      <Icon fontSize="small" aria-hidden />
      {change > 0 ? '+' : '−'}
      {shown} since {first.label}
    </Typography>
  );
}

/**
 * A KPI at a glance: its value over the window, the numbers behind it, a
 * sparkline of its trend with the change coloured by which way is good,
 * and one line saying what it measures.
 */
export function KpiTile(props: KpiTileProps) {
  const {
    title,
    value,
    detail,
    explanation,
    trend,
    formatValue,
    formatChange,
    better,
    trendSource,
  } = props;
  const classes = useStyles();
  const colors = useChartColors();
  const titleId = useId();
  const points = measured(trend);
  const trendText = trend
    .map(
      point =>
        `${point.label}: ${
          point.value === null ? 'no data' : formatValue(point.value)
        }`,
    )
    .join(', ');

  return (
    <Card
      variant="outlined"
      className={classes.card}
      component="section"
      aria-labelledby={titleId}
    >
      <CardContent>
        <Typography
          id={titleId}
          variant="overline"
          component="h3"
          className={classes.title}
        >
          {title}
        </Typography>
        <Typography variant="h4" component="p" className={classes.value}>
          {value}
        </Typography>
        {detail && (
          <Typography variant="body2" color="textSecondary">
            {detail}
          </Typography>
        )}
        <div className={classes.trendRow}>
          {points.length > 1 && (
            <div
              role="img"
              aria-label={`Trend over ${trendSource}: ${trendText}`}
            >
              <LineChart
                width={SPARKLINE_WIDTH}
                height={SPARKLINE_HEIGHT}
                data={trend}
                margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
              >
                <Tooltip
                  formatter={(v: number) => [formatValue(v), title]}
                  labelFormatter={(_, payload) =>
                    payload?.[0]?.payload?.label ?? ''
                  }
                  {...colors.tooltip}
                />
                <Line
                  type="monotone"
                  dataKey="value"
                  stroke={colors.primary}
                  strokeWidth={2}
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />
              </LineChart>
            </div>
          )}
          <TrendChange
            trend={trend}
            formatChange={formatChange}
            better={better}
          />
        </div>
        <Typography variant="caption" color="textSecondary" component="p">
          {explanation}
        </Typography>
      </CardContent>
    </Card>
  );
}
