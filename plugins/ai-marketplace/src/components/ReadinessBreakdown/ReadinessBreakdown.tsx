import { useState } from 'react';
import Link from '@material-ui/core/Link';
import Tab from '@material-ui/core/Tab';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { alpha, makeStyles, useTheme } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { Link as RouterLink } from 'react-router-dom';
import { Line, LineChart } from 'recharts';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ScorecardGroupRollup,
  ScorecardGrouping,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { groupKey } from '../../hooks/useCatalogGroups';
import { useGuildPageLink } from '../../hooks/useGuildPageLink';
import { InsightsQuery } from '../../hooks/useInsightsFilters';
import { formatPercent, formatPoints } from '../../lib/kpiFormat';
import { ErrorText } from '../ErrorText';

const TITLE = 'Readiness by team, function and guild';

/** The dashboard's groupings, and the filter each one narrows by. */
const GROUPINGS: Array<{
  groupBy: Exclude<ScorecardGrouping, 'organisation'>;
  label: string;
  filter: 'team' | 'function' | 'guild';
}> = [
  { groupBy: 'owner', label: 'By team', filter: 'team' },
  { groupBy: 'function', label: 'By function', filter: 'function' },
  { groupBy: 'guild', label: 'By guild', filter: 'guild' },
];

const useStyles = makeStyles(theme => ({
  levelBar: {
    display: 'flex',
    height: 12,
    minWidth: 120,
    borderRadius: theme.shape.borderRadius,
    overflow: 'hidden',
    background: theme.palette.action.hover,
  },
  levelText: { color: theme.palette.text.secondary },
  change: { color: theme.palette.text.secondary },
}));

/** pass / (pass + fail + stale) over every check of a group; null when 0 / 0. */
export function groupPassRate(group: ScorecardGroupRollup): number | null {
  let passed = 0;
  let scored = 0;
  for (const check of group.checks) {
    passed += check.counts.pass;
    scored += check.counts.pass + check.counts.fail + check.counts.stale;
  }
  return scored > 0 ? passed / scored : null;
}

/** Assets per level as a bar, highest level first, with a text alternative. */
function LevelBar(props: { group: ScorecardGroupRollup; levelIds: string[] }) {
  const { group, levelIds } = props;
  const classes = useStyles();
  const theme = useTheme();
  const levels = levelIds.filter(id => id !== 'none');
  // Highest level first, the darkest shade of the theme's primary colour.
  const order = [...levels].reverse().concat('none');
  const colourOf = (id: string) =>
    id === 'none'
      ? theme.palette.action.disabledBackground
      : alpha(
          theme.palette.primary.main,
          0.3 + (0.7 * (levels.indexOf(id) + 1)) / levels.length,
        );
  const text = order
    .filter(id => (group.levels[id] ?? 0) > 0)
    .map(id => `${id} ${formatPercent(group.levelShares[id] ?? 0)}`)
    .join(' · ');
  return (
    <>
      <div
        className={classes.levelBar}
        role="img"
        aria-label={`Levels: ${text}`}
      >
        {order.map(id => (
          <div
            key={id}
            style={{
              width: `${(group.levelShares[id] ?? 0) * 100}%`,
              background: colourOf(id),
            }}
          />
        ))}
      </div>
      <Typography variant="caption" className={classes.levelText}>
        {text}
      </Typography>
    </>
  );
}

/** A group's daily pass rate over the window (the API's own history). */
function ReadinessTrendCell(props: {
  groupBy: ScorecardGrouping;
  groupKeyValue: string;
  window: { from: string; to: string };
}) {
  const { groupBy, groupKeyValue, window } = props;
  const classes = useStyles();
  const theme = useTheme();
  const api = useApi(marketplaceApiRef);
  const { value, loading, error } = useAsync(
    () =>
      api.getScorecardRollupTrend(groupBy, groupKeyValue, {
        from: window.from,
        to: window.to,
      }),
    [api, groupBy, groupKeyValue, window.from, window.to],
  );
  if (loading) {
    return <Progress />;
  }
  if (error || !value) {
    return (
      <ErrorText variant="caption">
        Trend not loaded: {error?.message}
      </ErrorText>
    );
  }
  const days = value.days.filter(day => day.passRate !== null);
  if (days.length < 2) {
    return (
      <Typography variant="caption" className={classes.change}>
        Not enough history
      </Typography>
    );
  }
  const change = days[days.length - 1].passRate! - days[0].passRate!;
  const changeText =
    formatPoints(Math.abs(change)) === formatPoints(0)
      ? 'no change'
      : `${change > 0 ? '+' : '−'}${formatPoints(Math.abs(change))}`;
  return (
    <div
      role="img"
      aria-label={`Checks passing from ${formatPercent(
        days[0].passRate!,
      )} to ${formatPercent(days[days.length - 1].passRate!)}, ${changeText}`}
    >
      <LineChart width={120} height={32} data={days}>
        <Line
          type="monotone"
          dataKey="passRate"
          stroke={theme.palette.primary.main}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
      <Typography variant="caption" className={classes.change}>
        {changeText}
      </Typography>
    </div>
  );
}

function GroupName(props: {
  groupBy: ScorecardGrouping;
  groupRef: string;
  labelOf: (ref: string) => string;
}) {
  const { groupBy, groupRef, labelOf } = props;
  const guildPageLink = useGuildPageLink();
  if (groupBy === 'function') {
    return <>{groupRef}</>;
  }
  const guildPage = groupBy === 'guild' ? guildPageLink(groupRef) : undefined;
  if (guildPage) {
    return (
      <Link component={RouterLink} to={guildPage}>
        {labelOf(groupRef)}
      </Link>
    );
  }
  return (
    <EntityRefLink entityRef={groupRef} defaultKind="group">
      {labelOf(groupRef)}
    </EntityRefLink>
  );
}

/**
 * Readiness per owning team, business function or guild: assets per level,
 * the share of checks passing, and each group's trend over the window. The
 * levels are the latest scores; a filter on the same dimension keeps its row.
 */
export function ReadinessBreakdown(props: {
  query: InsightsQuery;
  labelOf: (groupRef: string) => string;
}) {
  const { query, labelOf } = props;
  const api = useApi(marketplaceApiRef);
  const [tab, setTab] = useState(0);
  const { groupBy, filter } = GROUPINGS[tab];
  const { value, loading, error } = useAsync(
    () => api.getScorecardRollup(groupBy),
    [api, groupBy],
  );

  const filterValue = query[filter];
  const matches = (group: ScorecardGroupRollup) =>
    !filterValue ||
    (filter === 'function'
      ? group.key === filterValue
      : groupKey(group.key) === groupKey(filterValue));

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error || !value) {
    body = (
      <ResponseErrorPanel
        error={error ?? new Error('No answer')}
        title="Could not load readiness"
      />
    );
  } else if (!value.day) {
    body = (
      <EmptyState
        missing="data"
        title="No scorecards computed yet"
        description="Readiness appears after the first scheduled scorecard run."
      />
    );
  } else {
    const rows = value.groups
      .filter(matches)
      .sort((a, b) => b.assets - a.assets || a.key.localeCompare(b.key));
    body =
      rows.length === 0 ? (
        <EmptyState
          missing="data"
          title="No scored assets for this filter"
          description="No AI asset matching the filter was scored on the latest run."
        />
      ) : (
        <Table
          size="small"
          aria-label={`Readiness ${GROUPINGS[tab].label.toLowerCase()}`}
        >
          <TableHead>
            <TableRow>
              <TableCell>{GROUPINGS[tab].label.replace('By ', '')}</TableCell>
              <TableCell align="right">Assets</TableCell>
              <TableCell>Levels</TableCell>
              <TableCell align="right">Checks passing</TableCell>
              <TableCell>Trend over the window</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(group => {
              const passRate = groupPassRate(group);
              return (
                <TableRow key={group.key}>
                  <TableCell>
                    <GroupName
                      groupBy={groupBy}
                      groupRef={group.key}
                      labelOf={labelOf}
                    />
                  </TableCell>
                  <TableCell align="right">{group.assets}</TableCell>
                  <TableCell>
                    <LevelBar group={group} levelIds={value.levelIds} />
                  </TableCell>
                  <TableCell align="right">
                    {passRate === null ? '—' : formatPercent(passRate)}
                  </TableCell>
                  <TableCell>
                    <ReadinessTrendCell
                      groupBy={groupBy}
                      groupKeyValue={group.key}
                      window={query}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      );
  }

  return (
    <InfoCard
      title={TITLE}
      subheader={
        value?.day
          ? `Levels and checks from the scorecards of ${value.day}; trends over the window.`
          : undefined
      }
    >
      <Tabs
        value={tab}
        onChange={(_, next) => setTab(next)}
        indicatorColor="primary"
        textColor="primary"
        aria-label="Group readiness"
      >
        {GROUPINGS.map(grouping => (
          <Tab key={grouping.groupBy} label={grouping.label} />
        ))}
      </Tabs>
      {body}
    </InfoCard>
  );
}
