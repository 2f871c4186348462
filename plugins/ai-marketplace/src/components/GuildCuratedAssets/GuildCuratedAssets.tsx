import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

const KIND_LABELS: Record<string, string> = {
  aiworkflow: 'Workflow',
  promptlibrary: 'Prompt library',
};

const useStyles = makeStyles(theme => ({
  kind: { marginRight: theme.spacing(1) },
}));

/** Libraries first, then workflows, each by title. */
function byKindAndTitle(a: Entity, b: Entity): number {
  const title = (e: Entity) => e.metadata.title ?? e.metadata.name;
  return b.kind.localeCompare(a.kind) || title(a).localeCompare(title(b));
}

/**
 * The prompt libraries and workflows the guild curates (`spec.guild`, the
 * `curatedBy` relation), each credited to the team that owns it.
 */
export function GuildCuratedAssets(props: {
  assets: Entity[];
  /** Show at most this many, saying how many more there are. */
  limit?: number;
}) {
  const { assets, limit } = props;
  const classes = useStyles();
  if (assets.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        The guild curates nothing yet. A library or workflow joins by naming the
        guild in its spec.guild.
      </Typography>
    );
  }
  const sorted = [...assets].sort(byKindAndTitle);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  return (
    <>
      <List dense disablePadding aria-label="Curated libraries and workflows">
        {shown.map(asset => {
          const owner =
            typeof asset.spec?.owner === 'string'
              ? asset.spec.owner
              : undefined;
          return (
            <ListItem key={stringifyEntityRef(asset)} disableGutters>
              <ListItemText
                primary={
                  <>
                    <Chip
                      size="small"
                      label={
                        KIND_LABELS[asset.kind.toLocaleLowerCase('en-US')] ??
                        asset.kind
                      }
                      className={classes.kind}
                    />
                    <EntityRefLink entityRef={asset}>
                      {asset.metadata.title ?? asset.metadata.name}
                    </EntityRefLink>
                  </>
                }
                secondary={
                  <>
                    {owner && (
                      <>
                        by{' '}
                        <EntityRefLink
                          entityRef={owner}
                          defaultKind="group"
                          defaultNamespace={asset.metadata.namespace}
                          hideIcon
                        />
                      </>
                    )}
                    {asset.spec?.lifecycle === 'deprecated' && ' · deprecated'}
                  </>
                }
              />
            </ListItem>
          );
        })}
      </List>
      {shown.length < sorted.length && (
        <Typography variant="body2" color="textSecondary">
          and {sorted.length - shown.length} more
        </Typography>
      )}
    </>
  );
}
