import { useState } from 'react';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { EmptyState, InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DuplicateClusterView,
  KpiQuery,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { loadedOrStateCard } from '../AsyncInfoCard';
import { formatPercent, formatShortDay } from '../../lib/kpiFormat';

const TITLE = 'Near-duplicates across teams';
/** Clusters shown before "Show all". */
const FIRST_CLUSTERS = 5;

const useStyles = makeStyles(theme => ({
  cluster: {
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    marginBottom: theme.spacing(1.5),
    padding: theme.spacing(1, 1.5),
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5, 0),
  },
  meta: { color: theme.palette.text.secondary },
}));

function ClusterBox(props: { cluster: DuplicateClusterView; index: number }) {
  const { cluster, index } = props;
  const classes = useStyles();
  const owners = new Set(cluster.items.map(item => item.ownerRef)).size;
  return (
    <section
      className={classes.cluster}
      aria-label={`Cluster ${index + 1}: ${
        cluster.items.length
      } similar items from ${owners} teams`}
    >
      <Typography variant="subtitle2" component="h4">
        {cluster.items.length} similar items from {owners} teams
      </Typography>
      <List dense disablePadding>
        {cluster.items.map(item => (
          <ListItem
            key={`${item.entityRef}#${item.promptId ?? ''}`}
            disableGutters
            className={classes.item}
          >
            <EntityRefLink entityRef={item.entityRef}>
              {item.title}
            </EntityRefLink>
            {item.promptId && (
              <Typography variant="caption" className={classes.meta}>
                prompt {item.promptId}
              </Typography>
            )}
            <Typography variant="caption" className={classes.meta}>
              owned by{' '}
              <EntityRefLink
                entityRef={item.ownerRef}
                defaultKind="group"
                hideIcon
              />
            </Typography>
            <Typography variant="caption" className={classes.meta}>
              {formatPercent(item.similarity)} similar
            </Typography>
          </ListItem>
        ))}
      </List>
    </section>
  );
}

/**
 * What the last near-duplicate detection run found: clusters of similar
 * workflows and prompts owned by different teams, each linking to the
 * entities, so the teams can merge or reuse instead of building twice.
 */
export function DuplicateClustersCard(props: {
  /** Team, function and guild apply; the detection run has no window. */
  query: KpiQuery;
}) {
  const { team, function: fn, guild } = props.query;
  const api = useApi(marketplaceApiRef);
  const [showAll, setShowAll] = useState(false);
  const state = useAsync(
    () => api.getDuplicates({ team, function: fn, guild }),
    [api, team, fn, guild],
  );

  const loaded = loadedOrStateCard({
    title: TITLE,
    state,
    errorTitle: 'Could not load the near-duplicates',
  });
  if ('card' in loaded) {
    return loaded.card;
  }
  const { value } = loaded;
  if (!value.detectedAt) {
    return (
      <InfoCard title={TITLE}>
        <EmptyState
          missing="data"
          title="Near-duplicate detection has not run yet"
          description="The backend compares workflows and prompts on a schedule; clusters appear after its first run."
        />
      </InfoCard>
    );
  }

  const { duplicationRate, clusters } = value;
  const subheader = `Last run ${formatShortDay(
    value.detectedAt.slice(0, 10),
  )}, similarity of ${formatPercent(value.similarityThreshold)} or more. ${
    duplicationRate.assetsWithDuplicate
  } of ${duplicationRate.assets} assets (${formatPercent(
    duplicationRate.rate,
  )}) have a near-duplicate owned by another team.`;

  if (clusters.length === 0) {
    return (
      <InfoCard title={TITLE} subheader={subheader}>
        <EmptyState
          missing="data"
          title="No near-duplicates across teams"
          description="No workflow or prompt matching these filters resembles one owned by another team."
        />
      </InfoCard>
    );
  }
  const shown = showAll ? clusters : clusters.slice(0, FIRST_CLUSTERS);
  return (
    <InfoCard title={TITLE} subheader={subheader}>
      {shown.map((cluster, index) => (
        <ClusterBox key={cluster.id} cluster={cluster} index={index} />
      ))}
      {clusters.length > FIRST_CLUSTERS && (
        <Button size="small" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${clusters.length} clusters`}
        </Button>
      )}
    </InfoCard>
  );
}
