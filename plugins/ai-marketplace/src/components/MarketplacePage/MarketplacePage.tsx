import { useCallback, useDeferredValue, useMemo } from 'react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TablePagination from '@material-ui/core/TablePagination';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import {
  MarketplaceData,
  useMarketplaceAssets,
} from '../../hooks/useMarketplaceAssets';
import { useMarketplaceQuery } from '../../hooks/useMarketplaceQuery';
import { ReuseScope } from '../../lib/marketplace/assets';
import {
  FacetId,
  FacetSelection,
  hasFacetSelection,
} from '../../lib/marketplace/facets';
import {
  indexAssets,
  searchAssets,
  sortAssets,
} from '../../lib/marketplace/search';
import { AssetGrid } from '../AssetGrid';
import { AssetTable } from '../AssetTable';
import { MarketplaceFilters } from '../MarketplaceFilters';
import { MarketplaceToolbar } from '../MarketplaceToolbar';
import { PageSwitchLink } from '../PageSwitchLink';
import { insightsRouteRef } from '../../routes';

/** Assets per page: few enough to render at once, divisible by 2 and 3 columns. */
export const PAGE_SIZE = 24;

const useStyles = makeStyles(theme => ({
  note: {
    marginBottom: theme.spacing(2),
  },
  warning: {
    marginBottom: theme.spacing(2),
  },
}));

function reuseNote(scope: ReuseScope): string {
  const window = `Reuse counts events from ${scope.from} to ${scope.to}`;
  return scope.complete
    ? `${window}.`
    : `${window}; assets without a count were not listed.`;
}

function MarketplaceResults(props: { data: MarketplaceData }) {
  const { assets, reuseScope, warnings } = props.data;
  const classes = useStyles();
  const [query, updateQuery] = useMarketplaceQuery();

  // Typing stays responsive: the search runs on the text React gets to.
  const text = useDeferredValue(query.text);
  // The selection parsed from the URL is a new object on every change of
  // the URL; its content decides whether the search runs again.
  const selectionKey = JSON.stringify(query.facets);
  const selection = useMemo(
    () => JSON.parse(selectionKey) as FacetSelection,
    [selectionKey],
  );
  const index = useMemo(() => indexAssets(assets), [assets]);
  const { results, facets } = useMemo(
    () => searchAssets(index, text, selection),
    [index, text, selection],
  );
  const sorted = useMemo(
    () => sortAssets(results, query.sort),
    [results, query.sort],
  );

  const pageCount = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const shown = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const filtered = query.text.trim() !== '' || hasFacetSelection(query.facets);

  const clear = useCallback(
    () => updateQuery({ text: '', facets: {} }),
    [updateQuery],
  );
  const toggle = useCallback(
    (facet: FacetId, value: string) => {
      const current = selection[facet] ?? [];
      const next = current.includes(value)
        ? current.filter(v => v !== value)
        : [...current, value];
      updateQuery({ facets: { ...selection, [facet]: next } });
    },
    [selection, updateQuery],
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={3}>
        <MarketplaceFilters
          facets={facets}
          onToggle={toggle}
          onClear={filtered ? clear : undefined}
        />
      </Grid>
      <Grid item xs={12} md={9}>
        <MarketplaceToolbar
          text={query.text}
          onTextChange={value =>
            updateQuery({ text: value }, { replace: true })
          }
          sort={query.sort}
          onSortChange={sort => updateQuery({ sort })}
          view={query.view}
          onViewChange={view => updateQuery({ view, page })}
          resultCount={sorted.length}
          totalCount={assets.length}
        />
        {warnings.map(warning => (
          <div className={classes.warning} key={warning.title}>
            <WarningPanel
              severity="warning"
              title={warning.title}
              message={warning.error.message}
            />
          </div>
        ))}
        {reuseScope && (
          <Typography
            variant="caption"
            color="textSecondary"
            component="p"
            className={classes.note}
          >
            {reuseNote(reuseScope)}
          </Typography>
        )}
        {shown.length === 0 ? (
          <EmptyState
            missing="data"
            title="No AI assets match"
            description="Try other words, or fewer filters."
            action={
              <Button variant="contained" color="primary" onClick={clear}>
                Clear search and filters
              </Button>
            }
          />
        ) : (
          <>
            {query.view === 'table' ? (
              <AssetTable assets={shown} reuseScope={reuseScope} />
            ) : (
              <AssetGrid assets={shown} reuseScope={reuseScope} />
            )}
            {sorted.length > PAGE_SIZE && (
              <TablePagination
                component="div"
                count={sorted.length}
                page={page - 1}
                rowsPerPage={PAGE_SIZE}
                rowsPerPageOptions={[]}
                onPageChange={(_event, next) => updateQuery({ page: next + 1 })}
              />
            )}
          </>
        )}
      </Grid>
    </Grid>
  );
}

function MarketplaceContent() {
  const { value, loading, error } = useMarketplaceAssets();
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <ResponseErrorPanel
        title="The AI assets could not be loaded from the catalog"
        error={error}
      />
    );
  }
  if (!value || value.assets.length === 0) {
    return (
      <EmptyState
        missing="content"
        title="No AI assets in the catalog yet"
        description="AIWorkflow and PromptLibrary entities registered in the catalog show up here, credited to the teams that own them."
      />
    );
  }
  return <MarketplaceResults data={value} />;
}

/**
 * The marketplace: every AI workflow and prompt library in the catalog,
 * searchable and filterable by kind, function, owner team, guild, tiers
 * and lifecycle, as cards or a table. The whole query lives in the URL.
 */
export function MarketplacePage() {
  return (
    <Page themeId="tool">
      <Header
        title="AI Marketplace"
        subtitle="AI workflows and prompt libraries built by teams across the organisation, ready to reuse"
      >
        <PageSwitchLink to={insightsRouteRef}>AI Insights</PageSwitchLink>
      </Header>
      <Content>
        <MarketplaceContent />
      </Content>
    </Page>
  );
}
