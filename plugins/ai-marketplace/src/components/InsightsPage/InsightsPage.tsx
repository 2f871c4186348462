import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import {
  Content,
  EmptyState,
  Header,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { KpiSummary } from '@ai-marketplace/plugin-ai-marketplace-common';
import { useCatalogGroups } from '../../hooks/useCatalogGroups';
import { PageSwitchLink } from '../PageSwitchLink';
import { rootRouteRef } from '../../routes';
import { useInsightsFilters } from '../../hooks/useInsightsFilters';
import { useKpiSummaryTrend } from '../../hooks/useKpiSummaryTrend';
import { formatShortDay } from '../../lib/kpiFormat';
import { DashboardFilters } from '../DashboardFilters';
import { DuplicateClustersCard } from '../DuplicateClustersCard';
import { KpiTile } from '../KpiTile';
import { ProducerConsumerHeatmap } from '../ProducerConsumerHeatmap';
import { ReadinessBreakdown } from '../ReadinessBreakdown';
import { ReadinessKpiTile } from '../ReadinessKpiTile';
import { ReuseOverTimeChart } from '../ReuseOverTimeChart';
import { TeamsWithoutExperiments } from '../TeamsWithoutExperiments';
import { TopAssetsTable } from '../TopAssetsTable';
import { summaryTiles } from './summaryTiles';

const TILE_GRID = { xs: 12, sm: 6, md: 4, lg: 3 } as const;

/** Nothing in scope: no asset, no event, no experiment, no workflow. */
function isEmptySummary(summary: KpiSummary): boolean {
  return (
    summary.reuse.assets === 0 &&
    summary.reuse.events === 0 &&
    summary.duplication.assets === 0 &&
    summary.selfServe.experiments === 0 &&
    summary.knowledgeCapture.finished === 0 &&
    summary.timeToFirstExperiment.assets === 0 &&
    summary.timeToFirstExperiment.untried === 0 &&
    summary.ownershipConcentration.workflows === 0
  );
}

/** Business functions of the catalog's AI assets, for the function filter. */
function useAssetFunctions() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { facets } = await catalogApi.getEntityFacets({
      facets: ['spec.function'],
      filter: { kind: ['AIWorkflow', 'PromptLibrary'] },
    });
    return (facets['spec.function'] ?? [])
      .map(facet => facet.value)
      .sort((a, b) => a.localeCompare(b));
  }, [catalogApi]);
}

/**
 * The platform team's dashboard: the coordination KPIs with their trends,
 * reuse over time and between teams, the most reused assets, near-duplicates,
 * readiness per team, function and guild, and the teams with no experiment —
 * over a window and for a function, team or guild, all held in the URL.
 */
export function InsightsPage() {
  const { filters, query, setFilter, clearFilters } = useInsightsFilters();
  const groups = useCatalogGroups();
  const functions = useAssetFunctions();
  const summary = useKpiSummaryTrend(query);
  const { labelOf } = groups;

  let summaryContent;
  if (summary.loading) {
    summaryContent = (
      <Grid item xs={12}>
        <Progress />
      </Grid>
    );
  } else if (summary.error || !summary.value) {
    summaryContent = (
      <Grid item xs={12}>
        <ResponseErrorPanel
          error={summary.error ?? new Error('No answer')}
          title="Could not load the KPIs"
        />
      </Grid>
    );
  } else if (isEmptySummary(summary.value.overall)) {
    summaryContent = (
      <Grid item xs={12}>
        <EmptyState
          missing="data"
          title="No AI assets or activity in this window"
          description="Nothing in the catalog or the backend's records matches these filters. Choose a longer window, or clear the filters."
        />
      </Grid>
    );
  } else {
    summaryContent = (
      <>
        {summaryTiles(summary.value).map(({ id, ...tile }) => (
          <Grid item key={id} {...TILE_GRID}>
            <KpiTile {...tile} />
          </Grid>
        ))}
      </>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="AI Marketplace insights"
        subtitle="Reuse, duplication and readiness across the organisation, over time"
      >
        <PageSwitchLink to={rootRouteRef}>AI Marketplace</PageSwitchLink>
      </Header>
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <DashboardFilters
              filters={filters}
              onChange={setFilter}
              onClear={clearFilters}
              teams={groups.value?.teams ?? []}
              guilds={groups.value?.guilds ?? []}
              functions={functions.value ?? []}
            />
            <Typography variant="caption" color="textSecondary" component="p">
              {formatShortDay(query.from)} – {formatShortDay(query.to)} (UTC).
              The team filter means the owning team for asset KPIs and the team
              that ran the experiment for experiment KPIs.
            </Typography>
            {groups.error && (
              <ResponseErrorPanel
                error={groups.error}
                title="Could not load the teams and guilds from the catalog"
              />
            )}
          </Grid>

          {summaryContent}
          <Grid item {...TILE_GRID}>
            <ReadinessKpiTile query={query} />
          </Grid>

          {summary.value && !isEmptySummary(summary.value.overall) && (
            <Grid item xs={12} lg={6}>
              <ReuseOverTimeChart
                points={summary.value.points}
                teamFiltered={Boolean(query.team)}
              />
            </Grid>
          )}
          <Grid item xs={12} lg={6}>
            <ProducerConsumerHeatmap query={query} labelOf={labelOf} />
          </Grid>

          <Grid item xs={12} lg={7}>
            <TopAssetsTable query={query} />
          </Grid>
          <Grid item xs={12} lg={5}>
            <DuplicateClustersCard query={query} />
          </Grid>

          <Grid item xs={12}>
            <ReadinessBreakdown query={query} labelOf={labelOf} />
          </Grid>

          <Grid item xs={12} md={6}>
            {groups.loading && <Progress />}
            {groups.error && (
              <InfoCard title="Teams with no experiment">
                <Typography variant="body2">
                  This list needs the catalog's teams, which did not load (see
                  the error above).
                </Typography>
              </InfoCard>
            )}
            {groups.value && (
              <TeamsWithoutExperiments
                query={query}
                teams={groups.value.teams}
                labelOf={labelOf}
              />
            )}
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
