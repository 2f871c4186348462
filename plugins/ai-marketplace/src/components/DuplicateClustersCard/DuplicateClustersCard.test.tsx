import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  DuplicateClusterView,
  DuplicatesReport,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { DuplicateClustersCard } from './DuplicateClustersCard';

const toneCluster: DuplicateClusterView = {
  id: 'prompt-sales-prompts-email-tone-rewrite',
  items: [
    {
      entityRef: 'promptlibrary:default/sales-prompts',
      promptId: 'email-tone-rewrite',
      ownerRef: 'group:default/sales',
      title: 'Sales email tone rewrite',
      similarity: 0.64,
    },
    {
      entityRef: 'promptlibrary:default/support-prompts',
      promptId: 'tone-rewrite',
      ownerRef: 'group:default/customer-support',
      title: 'Tone rewrite',
      similarity: 0.64,
    },
  ],
};

function report(clusters: DuplicateClusterView[]): DuplicatesReport {
  return {
    detectedAt: '2026-11-21T10:00:30.000Z',
    similarityThreshold: 0.5,
    duplicationRate: { assets: 30, assetsWithDuplicate: 2, rate: 0.0667 },
    clusters,
  };
}

async function renderCard(api: ReturnType<typeof marketplaceApiMock>) {
  await renderInTestApp(
    <TestApiProvider apis={[[marketplaceApiRef, api]]}>
      <DuplicateClustersCard
        query={{
          from: '2026-10-23',
          to: '2026-11-21',
          function: 'sales',
          guild: 'group:default/prompt-engineering-guild',
        }}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('DuplicateClustersCard', () => {
  it('lists each cluster with links to its entities and owners', async () => {
    const api = marketplaceApiMock({
      getDuplicates: async () => report([toneCluster]),
    });
    await renderCard(api);

    const cluster = await screen.findByRole('region', {
      name: 'Cluster 1: 2 similar items from 2 teams',
    });
    expect(
      within(cluster).getByRole('link', { name: 'Sales email tone rewrite' }),
    ).toHaveAttribute('href', '/catalog/default/promptlibrary/sales-prompts');
    expect(
      within(cluster).getByRole('link', { name: 'Tone rewrite' }),
    ).toHaveAttribute('href', '/catalog/default/promptlibrary/support-prompts');
    expect(
      within(cluster).getByText('prompt tone-rewrite'),
    ).toBeInTheDocument();
    expect(
      within(cluster).getByRole('link', { name: 'customer-support' }),
    ).toHaveAttribute('href', '/catalog/default/group/customer-support');
    expect(within(cluster).getAllByText('64% similar')).toHaveLength(2);
    expect(
      screen.getByText(/2 of 30 assets \(7%\) have a near-duplicate/),
    ).toBeInTheDocument();
    // The detection run has no window: only the filters are sent.
    expect(api.getDuplicates).toHaveBeenCalledWith({
      team: undefined,
      function: 'sales',
      guild: 'group:default/prompt-engineering-guild',
    });
  });

  it('shows the first clusters and the rest on demand', async () => {
    const clusters = Array.from({ length: 7 }, (_, i) => ({
      ...toneCluster,
      id: `cluster-${i}`,
    }));
    const api = marketplaceApiMock({
      getDuplicates: async () => report(clusters),
    });
    await renderCard(api);

    await screen.findByRole('region', { name: /^Cluster 1:/ });
    expect(screen.getAllByRole('region', { name: /^Cluster/ })).toHaveLength(5);
    await userEvent.click(
      screen.getByRole('button', { name: 'Show all 7 clusters' }),
    );
    expect(screen.getAllByRole('region', { name: /^Cluster/ })).toHaveLength(7);
  });

  it('says when nothing was found', async () => {
    const api = marketplaceApiMock({
      getDuplicates: async () => report([]),
    });
    await renderCard(api);
    expect(
      await screen.findByText('No near-duplicates across teams'),
    ).toBeInTheDocument();
  });

  it('says when detection has not run yet', async () => {
    const api = marketplaceApiMock({
      getDuplicates: async () => ({ ...report([]), detectedAt: null }),
    });
    await renderCard(api);
    expect(
      await screen.findByText('Near-duplicate detection has not run yet'),
    ).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    const api = marketplaceApiMock({
      getDuplicates: async () => {
        throw new Error('duplicates unavailable');
      },
    });
    await renderCard(api);
    expect(
      await screen.findByText(/Could not load the near-duplicates/),
    ).toBeInTheDocument();
  });
});
