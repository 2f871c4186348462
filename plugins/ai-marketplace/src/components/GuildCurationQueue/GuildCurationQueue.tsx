import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import useAsync from 'react-use/esm/useAsync';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { marketplaceApiRef } from '../../api';
import { toLocalIsoDate } from '../../lib/reviewStatus';
import { statusTextColor } from '../WarningText';
import { buildCurationQueue, CurationQueueReason } from './buildCurationQueue';

const REASON_LABELS: Record<CurationQueueReason, string> = {
  'overdue-review': 'Review overdue',
  'deprecated-featured': 'Deprecated but featured',
  'never-reviewed': 'Not reviewed',
};

const useStyles = makeStyles(theme => ({
  chip: { marginRight: theme.spacing(1) },
  overdue: {
    borderColor: theme.palette.warning.main,
    color: statusTextColor(theme, 'warning'),
  },
  allDone: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    color: statusTextColor(theme, 'success'),
  },
}));

/**
 * What waits for the guild's leads: overdue reviews, deprecated entries
 * still featured, and assets nobody has reviewed yet. Reads each curated
 * asset's curation state from the backend.
 */
export function GuildCurationQueue(props: {
  /** The assets the guild curates. */
  assets: Entity[];
  /** Show at most this many items, saying how many more there are. */
  limit?: number;
}) {
  const { assets, limit } = props;
  const classes = useStyles();
  const api = useApi(marketplaceApiRef);
  const { value, loading, error } = useAsync(async () => {
    const refs = assets.map(asset => stringifyEntityRef(asset));
    const summaries = await Promise.all(refs.map(ref => api.getCuration(ref)));
    return buildCurationQueue(
      assets,
      new Map(refs.map((ref, i) => [ref, summaries[i]])),
      toLocalIsoDate(new Date()),
    );
  }, [api, assets]);

  if (loading) {
    return <Progress />;
  }
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No answer')}
        title="Could not load the curation state"
      />
    );
  }
  if (value.length === 0) {
    return (
      <Typography className={classes.allDone}>
        <CheckCircleIcon aria-hidden />
        Nothing waiting: reviews are current and nothing deprecated is featured.
      </Typography>
    );
  }
  const shown = limit ? value.slice(0, limit) : value;
  return (
    <>
      <List dense disablePadding aria-label="Curation queue">
        {shown.map(item => (
          <ListItem
            key={`${item.reason}:${item.entityRef}#${item.promptId ?? ''}`}
            disableGutters
          >
            <ListItemText
              primary={
                <>
                  <Chip
                    size="small"
                    variant="outlined"
                    label={REASON_LABELS[item.reason]}
                    className={`${classes.chip} ${
                      item.reason === 'never-reviewed' ? '' : classes.overdue
                    }`}
                  />
                  <EntityRefLink entityRef={item.entityRef}>
                    {item.title}
                  </EntityRefLink>
                  {item.promptTitle && ` › ${item.promptTitle}`}
                </>
              }
              secondary={item.detail}
            />
          </ListItem>
        ))}
      </List>
      {shown.length < value.length && (
        <Typography variant="body2" color="textSecondary">
          and {value.length - shown.length} more
        </Typography>
      )}
    </>
  );
}
