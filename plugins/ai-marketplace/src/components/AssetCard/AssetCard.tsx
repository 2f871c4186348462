import { memo } from 'react';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import {
  describeReuse,
  KIND_LABELS,
  MarketplaceAsset,
  ReuseScope,
} from '../../lib/marketplace/assets';
import {
  ACTION_TIER_EXPLANATIONS,
  RISK_TIER_EXPLANATIONS,
} from '../../lib/tierExplanations';
import { AssetTeamLink } from '../AssetTeamLink';
import { AssetMarks } from '../AssetMarks';
import { statusTextColor } from '../WarningText';

const useStyles = makeStyles(theme => ({
  card: {
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
  },
  content: {
    flexGrow: 1,
  },
  owner: {
    fontWeight: theme.typography.fontWeightBold as number,
  },
  title: {
    margin: theme.spacing(0.5, 0, 1),
    overflowWrap: 'anywhere',
  },
  description: {
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    marginTop: theme.spacing(1.5),
  },
  highRisk: {
    borderColor: statusTextColor(theme, 'error'),
    color: statusTextColor(theme, 'error'),
  },
  deprecated: {
    borderStyle: 'dashed',
  },
  footer: {
    padding: theme.spacing(1, 2),
    borderTop: `1px solid ${theme.palette.divider}`,
  },
}));

const explain = <T extends string>(
  explanations: Record<T, string>,
  value: string,
): string | undefined => explanations[value as T];

/**
 * One asset in the marketplace grid: the owning team first, then what it
 * is, its tiers and how much other teams reuse it.
 */
function AssetCardView(props: {
  asset: MarketplaceAsset;
  /** The asset's entity page. */
  href: string;
  /** What the reuse numbers cover; absent when they could not be loaded. */
  reuseScope?: ReuseScope;
}) {
  const { asset, href, reuseScope } = props;
  const classes = useStyles();
  const reuse = describeReuse(asset.reuse, reuseScope);

  return (
    <Card
      className={classes.card}
      variant="outlined"
      component="article"
      data-testid="asset-card"
    >
      <CardContent className={classes.content}>
        <Typography
          variant="body2"
          color="textSecondary"
          className={classes.owner}
        >
          {asset.owner ? <AssetTeamLink team={asset.owner} /> : 'No owner'}
        </Typography>
        <Typography variant="h6" component="h2" className={classes.title}>
          <Link to={href}>{asset.title}</Link>
        </Typography>
        {asset.description && (
          <Typography
            variant="body2"
            color="textSecondary"
            className={classes.description}
          >
            {asset.description}
          </Typography>
        )}
        <div className={classes.chips}>
          <AssetMarks asset={asset} />
          <Chip size="small" label={KIND_LABELS[asset.kind]} />
          {asset.function && (
            <Chip size="small" variant="outlined" label={asset.function} />
          )}
          {asset.actionTier && (
            <Chip
              size="small"
              variant="outlined"
              label={`Action: ${asset.actionTier}`}
              title={explain(ACTION_TIER_EXPLANATIONS, asset.actionTier)}
            />
          )}
          {asset.riskTier && (
            <Chip
              size="small"
              variant="outlined"
              label={`Risk: ${asset.riskTier}`}
              title={explain(RISK_TIER_EXPLANATIONS, asset.riskTier)}
              className={
                asset.riskTier === 'high' ? classes.highRisk : undefined
              }
            />
          )}
          {asset.lifecycle && (
            <Chip
              size="small"
              variant="outlined"
              label={asset.lifecycle}
              className={
                asset.lifecycle === 'deprecated'
                  ? classes.deprecated
                  : undefined
              }
            />
          )}
        </div>
      </CardContent>
      {reuse && reuseScope && (
        <Typography
          variant="body2"
          className={classes.footer}
          title={`Reuse events from ${reuseScope.from} to ${reuseScope.to}, the owner's own use included`}
        >
          {reuse}
        </Typography>
      )}
    </Card>
  );
}

/** Memoised: paging or sorting re-renders only the cards that change. */
export const AssetCard = memo(AssetCardView);
