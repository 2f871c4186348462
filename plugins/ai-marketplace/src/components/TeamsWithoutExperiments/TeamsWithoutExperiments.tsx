import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import useAsync from 'react-use/esm/useAsync';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { marketplaceApiRef } from '../../api';
import { loadedOrStateCard } from '../AsyncInfoCard';
import { CatalogGroup, groupKey } from '../../hooks/useCatalogGroups';
import { InsightsQuery } from '../../hooks/useInsightsFilters';
import { formatShortDay } from '../../lib/kpiFormat';
import { statusTextColor } from '../WarningText';

const TITLE = 'Teams with no experiment';
/** The most experiments `GET /experiments` returns, newest first. */
export const EXPERIMENT_LIST_CAP = 500;

const useStyles = makeStyles(theme => ({
  allDone: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    color: statusTextColor(theme, 'success'),
  },
}));

/**
 * The catalog's teams that started no experiment in the window: the teams
 * that may be stuck. A team filter narrows it to that team; function and
 * guild do not apply (an experiment belongs to a team, not to a function).
 */
export function TeamsWithoutExperiments(props: {
  query: InsightsQuery;
  /** The catalog's teams (Groups of `spec.type` team). */
  teams: CatalogGroup[];
  labelOf: (groupRef: string) => string;
}) {
  const { query, teams, labelOf } = props;
  const classes = useStyles();
  const api = useApi(marketplaceApiRef);
  const { from, to, team } = query;

  const state = useAsync(async () => {
    const candidates = team
      ? teams.filter(t => t.ref === groupKey(team))
      : teams;
    if (team && candidates.length === 0) {
      // A filter on a group that is not a team (or not in the catalog).
      candidates.push({ ref: groupKey(team), label: labelOf(team) });
    }
    const { items } = await api.listExperiments({ from, to, team });
    const ran = new Set(items.map(item => groupKey(item.teamRef)));
    let idle = candidates.filter(t => !ran.has(t.ref));
    if (items.length >= EXPERIMENT_LIST_CAP && idle.length > 0) {
      // The list stops at its cap, newest first: an older experiment of a
      // team not seen yet may be cut off, so ask about each such team.
      const answers = await Promise.all(
        idle.map(t => api.listExperiments({ from, to, team: t.ref })),
      );
      idle = idle.filter((_, i) => answers[i].items.length === 0);
    }
    return { idle, checked: candidates.length };
  }, [api, teams, labelOf, from, to, team]);

  const period = `${formatShortDay(from)} – ${formatShortDay(to)}`;
  const ignoredFilters =
    query.function || query.guild
      ? ' Function and guild filters do not apply: experiments belong to teams.'
      : '';

  const loaded = loadedOrStateCard({
    title: TITLE,
    state,
    errorTitle: 'Could not load the experiments',
  });
  if ('card' in loaded) {
    return loaded.card;
  }
  const { value } = loaded;

  const { idle, checked } = value;
  return (
    <InfoCard
      title={TITLE}
      subheader={`Teams in the catalog that started no experiment, ${period}.${ignoredFilters}`}
    >
      {checked === 0 && (
        <Typography color="textSecondary">
          The catalog has no team (a Group of type team) to check.
        </Typography>
      )}
      {checked > 0 && idle.length === 0 && (
        <Typography className={classes.allDone}>
          <CheckCircleIcon aria-hidden />
          {checked === 1
            ? 'This team ran at least one experiment in this window.'
            : `All ${checked} teams ran at least one experiment in this window.`}
        </Typography>
      )}
      {idle.length > 0 && (
        <>
          <Typography variant="body2" color="textSecondary">
            {idle.length} of {checked} teams
          </Typography>
          <List dense aria-label="Teams with no experiment in the window">
            {idle.map(t => (
              <ListItem key={t.ref} disableGutters>
                <EntityRefLink entityRef={t.ref} defaultKind="group">
                  {t.label}
                </EntityRefLink>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </InfoCard>
  );
}
