import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { MarketplaceAsset } from '../../lib/marketplace/assets';
import { AssetMarks } from './AssetMarks';

const asset: MarketplaceAsset = {
  entityRef: 'aiworkflow:default/ticket-triage',
  kind: 'AIWorkflow',
  namespace: 'default',
  name: 'ticket-triage',
  title: 'Ticket triage',
  description: '',
  tags: [],
  searchText: 'ticket triage',
};

describe('AssetMarks', () => {
  it('shows the featured mark and the readiness level with its score', async () => {
    await renderInTestApp(
      <AssetMarks
        asset={{
          ...asset,
          featured: true,
          readiness: { level: 'gold', score: 0.95 },
        }}
      />,
    );
    expect(screen.getByText('Featured')).toBeInTheDocument();
    expect(screen.getByText('Readiness: Gold')).toBeInTheDocument();
    expect(screen.getByTitle('Readiness score 95%')).toBeInTheDocument();
  });

  it('says no level for an asset below the first one', async () => {
    await renderInTestApp(
      <AssetMarks
        asset={{ ...asset, readiness: { level: null, score: 0.4 } }}
      />,
    );
    expect(screen.getByText('Readiness: No level')).toBeInTheDocument();
    expect(screen.queryByText('Featured')).not.toBeInTheDocument();
  });

  it('shows nothing when the state is unknown', async () => {
    await renderInTestApp(
      <div data-testid="marks">
        <AssetMarks asset={asset} />
      </div>,
    );
    expect(screen.getByTestId('marks')).toBeEmptyDOMElement();
  });
});
