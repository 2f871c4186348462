import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormLabel from '@material-ui/core/FormLabel';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { FacetId } from '../../lib/marketplace/facets';
import { FacetOption, FacetView } from '../../lib/marketplace/search';

/** Options shown before "Show all"; chosen ones are always shown. */
const COLLAPSED_OPTIONS = 6;

const useStyles = makeStyles(theme => ({
  facet: {
    display: 'flex',
    marginBottom: theme.spacing(2),
    width: '100%',
  },
  legend: {
    marginBottom: theme.spacing(0.5),
    fontWeight: theme.typography.fontWeightBold as number,
  },
  option: {
    marginRight: 0,
    width: '100%',
  },
  optionLabel: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    width: '100%',
    overflowWrap: 'anywhere',
  },
  count: {
    color: theme.palette.text.secondary,
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    marginBottom: theme.spacing(1),
  },
}));

function FacetFilter(props: {
  facet: FacetView;
  onToggle: (facet: FacetId, value: string) => void;
}) {
  const { facet, onToggle } = props;
  const classes = useStyles();
  const [expanded, setExpanded] = useState(false);
  const shown: FacetOption[] = expanded
    ? facet.options
    : facet.options.filter(
        (option, i) => i < COLLAPSED_OPTIONS || option.selected,
      );
  const hidden = facet.options.length - shown.length;

  return (
    <FormControl component="fieldset" className={classes.facet}>
      <FormLabel component="legend" className={classes.legend}>
        {facet.label}
      </FormLabel>
      {facet.options.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          None in these results
        </Typography>
      )}
      <FormGroup>
        {shown.map(option => (
          <FormControlLabel
            key={option.value}
            className={classes.option}
            classes={{ label: classes.optionLabel }}
            control={
              <Checkbox
                size="small"
                color="primary"
                checked={option.selected}
                onChange={() => onToggle(facet.id, option.value)}
              />
            }
            label={
              <>
                <span>{option.label}</span>{' '}
                <span className={classes.count}>
                  {option.count.toLocaleString('en-US')}
                </span>
              </>
            }
          />
        ))}
      </FormGroup>
      {(hidden > 0 || expanded) && facet.options.length > COLLAPSED_OPTIONS && (
        <Button
          size="small"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
        >
          {expanded ? 'Show fewer' : `Show all ${facet.options.length}`}
        </Button>
      )}
    </FormControl>
  );
}

/**
 * The facets of the marketplace as checkbox lists. Counts say how many
 * results a value would give with the search and the other facets.
 */
export function MarketplaceFilters(props: {
  facets: readonly FacetView[];
  onToggle: (facet: FacetId, value: string) => void;
  /** Clears the search and every facet; absent when there is nothing to clear. */
  onClear?: () => void;
}) {
  const { facets, onToggle, onClear } = props;
  const classes = useStyles();
  return (
    <section aria-label="Filters">
      <div className={classes.header}>
        <Typography variant="h6" component="h2">
          Filters
        </Typography>
        {onClear && (
          <Button size="small" color="primary" onClick={onClear}>
            Clear all
          </Button>
        )}
      </div>
      {facets.map(facet => (
        <FacetFilter key={facet.id} facet={facet} onToggle={onToggle} />
      ))}
    </section>
  );
}
