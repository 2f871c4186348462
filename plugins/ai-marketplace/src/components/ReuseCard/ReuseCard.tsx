import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityInfoCard,
  EntityRefLink,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  REUSE_EVENT_TYPES,
  ReuseSummary,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import useAsync from 'react-use/esm/useAsync';
import { marketplaceApiRef } from '../../api';
import { lastDays } from '../../lib/utcDays';
import { KindMismatch } from '../KindMismatch';
import { ReuseTrendChart } from './ReuseTrendChart';
import { weeklyTrend } from './weeklyTrend';

const TITLE = 'Reuse';
const WINDOW_DAYS = 90;
/** Teams listed before "and N more". */
const TEAMS_SHOWN = 8;

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
const teams = (n: number) => (n === 1 ? '1 team' : `${n} teams`);

function Headline(props: { summary: ReuseSummary }) {
  const { summary } = props;
  const others = summary.consumingTeams;
  let whom = ', none of them the owner.';
  if (others === 0) {
    whom = ', all by the owning team.';
  } else if (summary.teams.some(team => team.isOwner)) {
    whom = `, ${others} of them besides the owner.`;
  }
  return (
    <Typography variant="body1" paragraph>
      Used <strong>{times(summary.total)}</strong> by{' '}
      <strong>{teams(summary.teams.length)}</strong> in the last {WINDOW_DAYS}{' '}
      days
      {whom}
    </Typography>
  );
}

function TeamsTable(props: { summary: ReuseSummary }) {
  const shown = props.summary.teams.slice(0, TEAMS_SHOWN);
  const hidden = props.summary.teams.length - shown.length;
  return (
    <>
      <Table size="small" aria-label="Teams that used it">
        <TableHead>
          <TableRow>
            <TableCell>Team</TableCell>
            <TableCell align="right">Events</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map(team => (
            <TableRow key={team.teamRef}>
              <TableCell>
                <EntityRefLink entityRef={team.teamRef} hideIcon />
                {team.isOwner && (
                  <Box component="span" ml={1}>
                    <Chip size="small" label="owner" />
                  </Box>
                )}
              </TableCell>
              <TableCell align="right">{team.events}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {hidden > 0 && (
        <Typography variant="body2" color="textSecondary">
          and {teams(hidden)} more
        </Typography>
      )}
    </>
  );
}

function EventsByType(props: { summary: ReuseSummary }) {
  const { byType } = props.summary;
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      gridGap={8}
      mb={2}
      role="list"
      aria-label="Events by type"
    >
      {REUSE_EVENT_TYPES.map(type => (
        <Chip
          key={type}
          role="listitem"
          size="small"
          variant="outlined"
          label={`${type} ${byType[type]}`}
        />
      ))}
    </Box>
  );
}

function ReuseContent(props: { entity: Entity }) {
  const api = useApi(marketplaceApiRef);
  const entityRef = stringifyEntityRef(props.entity);
  const { value, loading, error } = useAsync(
    () =>
      api.getReuseSummary(entityRef, {
        ...lastDays(WINDOW_DAYS),
        interval: 'week',
      }),
    [api, entityRef],
  );

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value || value.total === 0) {
    return (
      <EmptyState
        missing="data"
        title={`No reuse in the last ${WINDOW_DAYS} days`}
        description="No team viewed, copied, adopted, forked or invoked it in that time. Featuring it in its guild and describing it well help teams find it."
      />
    );
  }
  return (
    <>
      <Headline summary={value} />
      <EventsByType summary={value} />
      <Grid container spacing={2}>
        <Grid item xs={12} md={5}>
          <TeamsTable summary={value} />
        </Grid>
        <Grid item xs={12} md={7}>
          <ReuseTrendChart weeks={weeklyTrend(value)} />
        </Grid>
      </Grid>
    </>
  );
}

/**
 * Who uses an AI workflow or prompt library: the teams (the owner marked),
 * the events by type, and the weekly trend over the last 90 days.
 */
export function ReuseCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity) && !isPromptLibraryEntity(entity)) {
    return (
      <KindMismatch title={TITLE} expectedKind="AIWorkflow or PromptLibrary" />
    );
  }
  return (
    <EntityInfoCard title={TITLE}>
      <ReuseContent entity={entity} />
    </EntityInfoCard>
  );
}
