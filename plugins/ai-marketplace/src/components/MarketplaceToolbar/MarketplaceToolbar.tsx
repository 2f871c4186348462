import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import InputAdornment from '@material-ui/core/InputAdornment';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import SearchIcon from '@material-ui/icons/Search';
import ViewListIcon from '@material-ui/icons/ViewList';
import ViewModuleIcon from '@material-ui/icons/ViewModule';
import { SORT_IDS, SortId, ViewId } from '../../lib/marketplace/query';

const SORT_LABELS: Record<SortId, string> = {
  reused: 'Most reused',
  readiness: 'Readiest',
  newest: 'Newest',
  title: 'Title (A–Z)',
};

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  search: {
    flex: '1 1 320px',
  },
  sort: {
    minWidth: 180,
  },
  count: {
    flexBasis: '100%',
  },
}));

/** Search box, sort order, grid / table switch and the number of results. */
export function MarketplaceToolbar(props: {
  text: string;
  onTextChange: (text: string) => void;
  sort: SortId;
  onSortChange: (sort: SortId) => void;
  view: ViewId;
  onViewChange: (view: ViewId) => void;
  resultCount: number;
  totalCount: number;
}) {
  const {
    text,
    onTextChange,
    sort,
    onSortChange,
    view,
    onViewChange,
    resultCount,
    totalCount,
  } = props;
  const classes = useStyles();

  return (
    <div className={classes.toolbar}>
      <TextField
        id="ai-marketplace-search"
        className={classes.search}
        variant="outlined"
        size="small"
        type="search"
        label="Search AI assets"
        placeholder="Title, description, tag, team, function…"
        value={text}
        onChange={event => onTextChange(event.target.value)}
        InputProps={{
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
        }}
      />
      <TextField
        id="ai-marketplace-sort"
        className={classes.sort}
        select
        variant="outlined"
        size="small"
        label="Sort by"
        value={sort}
        onChange={event => onSortChange(event.target.value as SortId)}
        SelectProps={{ native: true }}
      >
        {SORT_IDS.map(id => (
          <option key={id} value={id}>
            {SORT_LABELS[id]}
          </option>
        ))}
      </TextField>
      <ButtonGroup size="small" aria-label="View">
        <Button
          aria-label="Grid view"
          aria-pressed={view === 'grid'}
          variant={view === 'grid' ? 'contained' : 'outlined'}
          color="primary"
          onClick={() => onViewChange('grid')}
          startIcon={<ViewModuleIcon />}
        >
          Grid
        </Button>
        <Button
          aria-label="Table view"
          aria-pressed={view === 'table'}
          variant={view === 'table' ? 'contained' : 'outlined'}
          color="primary"
          onClick={() => onViewChange('table')}
          startIcon={<ViewListIcon />}
        >
          Table
        </Button>
      </ButtonGroup>
      <Typography
        className={classes.count}
        variant="body2"
        color="textSecondary"
        role="status"
      >
        {resultCount === totalCount
          ? `${totalCount.toLocaleString('en-US')} AI assets`
          : `${resultCount.toLocaleString(
              'en-US',
            )} of ${totalCount.toLocaleString('en-US')} AI assets`}
      </Typography>
    </div>
  );
}
