import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  REUSE_EVENT_TYPES,
  TopAssetsKpi,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { loadedOrStateCard } from '../AsyncInfoCard';
import { InsightsQuery } from '../../hooks/useInsightsFilters';

const TITLE = 'Most reused assets';
const LIMIT = 10;

type TopAsset = TopAssetsKpi['items'][number];

const KIND_LABELS: Record<string, string> = {
  aiworkflow: 'AI workflow',
  promptlibrary: 'Prompt library',
};

/** "12 copied · 3 adopted": the kinds of use, most first. */
function byTypeText(item: TopAsset): string {
  return REUSE_EVENT_TYPES.filter(type => (item.byType[type] ?? 0) > 0)
    .sort((a, b) => item.byType[b] - item.byType[a])
    .map(type => `${item.byType[type]} ${type}`)
    .join(' · ');
}

const columns: TableColumn<TopAsset>[] = [
  {
    // The owning team first: reuse is credit to the team that built it.
    title: 'Owning team',
    field: 'ownerRef',
    render: item => (
      <EntityRefLink entityRef={item.ownerRef} defaultKind="group" />
    ),
  },
  {
    title: 'Asset',
    field: 'title',
    render: item => (
      <>
        <EntityRefLink entityRef={item.entityRef}>{item.title}</EntityRefLink>
        <Typography variant="caption" color="textSecondary" component="div">
          {KIND_LABELS[item.kind] ?? item.kind}
        </Typography>
      </>
    ),
  },
  {
    title: 'Other teams',
    field: 'consumingTeams',
    type: 'numeric',
  },
  {
    title: 'Events by other teams',
    field: 'consumingTeamEvents',
    type: 'numeric',
  },
  {
    title: 'All events',
    field: 'events',
    type: 'numeric',
    render: item => (
      <>
        {item.events}
        <Typography variant="caption" color="textSecondary" component="div">
          {byTypeText(item)}
        </Typography>
      </>
    ),
  },
];

/** The assets other teams used most in the window, owning team first. */
export function TopAssetsTable(props: { query: InsightsQuery }) {
  const { query } = props;
  const api = useApi(marketplaceApiRef);
  const state = useAsync(
    () => api.getKpi('top-assets', { ...query, limit: LIMIT }),
    [api, query],
  );

  const loaded = loadedOrStateCard({
    title: TITLE,
    state,
    errorTitle: 'Could not load the most reused assets',
    empty: top =>
      top.items.length === 0
        ? {
            title: 'No asset was reused by another team in this window',
            description:
              'Assets appear here once a team other than the owner views, copies, adopts, forks or invokes them.',
          }
        : undefined,
  });
  if ('card' in loaded) {
    return loaded.card;
  }
  const { value } = loaded;
  return (
    <Table<TopAsset>
      title={TITLE}
      subtitle={`The ${LIMIT} assets other teams used, most events first`}
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      // material-table writes into its rows; keep the API's answer intact.
      data={value.items.map(item => ({ ...item }))}
    />
  );
}
