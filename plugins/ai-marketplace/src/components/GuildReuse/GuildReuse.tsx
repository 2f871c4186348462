import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TeamFlow } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { formatPercent } from '../../lib/kpiFormat';
import { windowEndingToday } from '../../lib/kpiWindow';

/** The window the guild's reuse is shown over. */
export const GUILD_REUSE_DAYS = 90;
const MATRIX_LIMIT = 1000;

/** A team that used the guild's assets, though it owns none of those it used. */
export type ConsumingTeam = {
  teamRef: string;
  events: number;
  /** Distinct assets of other teams it used. */
  assets: number;
};

/** The cross-team flows, summed per consuming team, most events first. */
export function consumingTeams(cells: TeamFlow[]): ConsumingTeam[] {
  const byTeam = new Map<string, ConsumingTeam>();
  for (const cell of cells) {
    const team = byTeam.get(cell.consumerRef) ?? {
      teamRef: cell.consumerRef,
      events: 0,
      assets: 0,
    };
    // Assets of different producers are different assets, so they add up.
    team.events += cell.events;
    team.assets += cell.assets;
    byTeam.set(cell.consumerRef, team);
  }
  return [...byTeam.values()].sort(
    (a, b) => b.events - a.events || a.teamRef.localeCompare(b.teamRef),
  );
}

/**
 * How other teams use what the guild curates, over the last 90 days: the
 * share of its assets a team other than the owner used, which teams did,
 * and the most reused assets.
 */
export function GuildReuse(props: {
  guildRef: string;
  /** The headline and the first teams only. */
  compact?: boolean;
}) {
  const { guildRef, compact } = props;
  const api = useApi(marketplaceApiRef);
  const { value, loading, error } = useAsync(async () => {
    const query = { ...windowEndingToday(GUILD_REUSE_DAYS), guild: guildRef };
    const [reuse, matrix, top] = await Promise.all([
      api.getKpi('reuse', query),
      api.getKpi('reuse-matrix', { ...query, limit: MATRIX_LIMIT }),
      compact
        ? Promise.resolve(undefined)
        : api.getKpi('top-assets', { ...query, limit: 5 }),
    ]);
    return { reuse, teams: consumingTeams(matrix.cells), top };
  }, [api, guildRef, compact]);

  if (loading) {
    return <Progress />;
  }
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No answer')}
        title="Could not load the reuse of the guild's assets"
      />
    );
  }
  const { reuse, teams, top } = value;
  if (reuse.assets === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No curated asset in the catalog in the last {GUILD_REUSE_DAYS} days.
      </Typography>
    );
  }
  const headline = (
    <Typography variant="body2" paragraph>
      <strong>
        {reuse.reusedAssets} of {reuse.assets}
      </strong>{' '}
      curated assets ({formatPercent(reuse.rate ?? 0)}) were used by a team
      other than their owner in the last {GUILD_REUSE_DAYS} days.
    </Typography>
  );
  if (teams.length === 0) {
    return headline;
  }
  const shownTeams = compact ? teams.slice(0, 3) : teams;
  return (
    <>
      {headline}
      <Typography variant="subtitle2" component="h4">
        Teams using the guild's work
      </Typography>
      <List dense disablePadding aria-label="Teams using the guild's assets">
        {shownTeams.map(team => (
          <ListItem key={team.teamRef} disableGutters>
            <ListItemText
              primary={
                <EntityRefLink
                  entityRef={team.teamRef}
                  defaultKind="group"
                  hideIcon
                />
              }
              secondary={`${team.events} events on ${team.assets} ${
                team.assets === 1 ? 'asset' : 'assets'
              } of other teams`}
            />
          </ListItem>
        ))}
      </List>
      {shownTeams.length < teams.length && (
        <Typography variant="body2" color="textSecondary">
          and {teams.length - shownTeams.length} more teams
        </Typography>
      )}
      {top && top.items.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h4">
            Most reused
          </Typography>
          <List dense disablePadding aria-label="Most reused curated assets">
            {top.items.map(item => (
              <ListItem key={item.entityRef} disableGutters>
                <ListItemText
                  primary={
                    <EntityRefLink entityRef={item.entityRef}>
                      {item.title}
                    </EntityRefLink>
                  }
                  secondary={
                    <>
                      by{' '}
                      <EntityRefLink
                        entityRef={item.ownerRef}
                        defaultKind="group"
                        hideIcon
                      />{' '}
                      · {item.consumingTeams} other{' '}
                      {item.consumingTeams === 1 ? 'team' : 'teams'},{' '}
                      {item.consumingTeamEvents} events
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </>
  );
}
