import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import StarIcon from '@material-ui/icons/Star';
import { MarketplaceAsset } from '../../lib/marketplace/assets';
import {
  readinessLabel,
  readinessValueOf,
} from '../../lib/marketplace/readiness';

const useStyles = makeStyles(theme => ({
  marks: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
  },
  featured: {
    borderColor: theme.palette.primary.main,
    color: theme.palette.primary.main,
  },
  featuredIcon: {
    color: 'inherit',
  },
}));

/**
 * The backend's marks on an asset: featured by a guild lead or admin, and
 * its readiness level with the score. Nothing when the state is unknown.
 */
export function AssetMarks(props: { asset: MarketplaceAsset }) {
  const { asset } = props;
  const classes = useStyles();
  const level = readinessValueOf(asset);
  const score = asset.readiness?.score;
  if (!asset.featured && level === undefined) {
    return null;
  }
  return (
    <span className={classes.marks}>
      {asset.featured && (
        <Chip
          size="small"
          variant="outlined"
          className={classes.featured}
          icon={<StarIcon className={classes.featuredIcon} />}
          label="Featured"
          title="Featured by a guild lead or admin"
        />
      )}
      {level !== undefined && (
        <Chip
          size="small"
          variant="outlined"
          label={`Readiness: ${readinessLabel(level)}`}
          title={
            score === null || score === undefined
              ? 'Not scored yet'
              : `Readiness score ${Math.round(score * 100)}%`
          }
        />
      )}
    </span>
  );
}
