import Button from '@material-ui/core/Button';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ScorecardGrouping } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { InsightsQuery } from '../../hooks/useInsightsFilters';
import {
  formatPercent,
  formatPoints,
  formatShortDay,
} from '../../lib/kpiFormat';
import { KpiTile } from '../KpiTile';

const TITLE = 'Readiness';

/**
 * Scorecard roll-ups group by one thing at a time: the most specific filter
 * wins (a team, else a guild, else a function, else the organisation).
 */
export function readinessScope(query: InsightsQuery): {
  groupBy: ScorecardGrouping;
  key?: string;
  ignored: string[];
} {
  const set = (['team', 'guild', 'function'] as const).filter(
    name => query[name],
  );
  if (query.team) {
    return { groupBy: 'owner', key: query.team, ignored: set.slice(1) };
  }
  if (query.guild) {
    return { groupBy: 'guild', key: query.guild, ignored: set.slice(1) };
  }
  if (query.function) {
    return { groupBy: 'function', key: query.function, ignored: [] };
  }
  return { groupBy: 'organisation', ignored: [] };
}

/**
 * The readiness KPI: the share of readiness checks passing, from the daily
 * scorecard roll-ups the backend keeps (its trend is the API's own daily
 * history, not recomputed here).
 */
export function ReadinessKpiTile(props: { query: InsightsQuery }) {
  const { query } = props;
  const api = useApi(marketplaceApiRef);
  const { groupBy, key, ignored } = readinessScope(query);
  const { value, loading, error, retry } = useAsyncRetry(
    () =>
      api.getScorecardRollupTrend(groupBy, key, {
        from: query.from,
        to: query.to,
      }),
    [api, groupBy, key, query.from, query.to],
  );

  if (loading || error || !value) {
    return (
      <Card variant="outlined" style={{ height: '100%' }}>
        <CardContent>
          <Typography variant="overline" component="h3">
            {TITLE}
          </Typography>
          {error ? (
            <>
              <ResponseErrorPanel error={error} title="Readiness not loaded" />
              <Button size="small" onClick={retry}>
                Try again
              </Button>
            </>
          ) : (
            <Progress />
          )}
        </CardContent>
      </Card>
    );
  }

  const scored = value.days.filter(day => day.passRate !== null);
  const latest = scored[scored.length - 1];
  const note =
    ignored.length > 0
      ? ` Readiness is grouped by one filter at a time: ${ignored.join(
          ' and ',
        )} not applied.`
      : '';

  return (
    <KpiTile
      title={TITLE}
      value={latest ? formatPercent(latest.passRate!) : '—'}
      detail={
        latest
          ? `Checks passing on ${latest.assets} assets, ${formatShortDay(
              latest.day,
            )}`
          : 'No scorecards in this window'
      }
      explanation={`Share of readiness checks the assets pass; stale evidence counts as not passing.${note}`}
      trend={value.days.map(day => ({
        label: formatShortDay(day.day),
        value: day.passRate,
      }))}
      formatValue={formatPercent}
      formatChange={formatPoints}
      better="higher"
      trendSource="daily scorecards"
    />
  );
}
