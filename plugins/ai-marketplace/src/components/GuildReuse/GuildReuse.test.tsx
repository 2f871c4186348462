import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { marketplaceApiRef } from '../../api';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { consumingTeams, GuildReuse } from './GuildReuse';

describe('consumingTeams', () => {
  it('sums the flows per consuming team, most events first', () => {
    expect(
      consumingTeams([
        {
          producerRef: 'group:default/a',
          consumerRef: 'group:default/x',
          events: 2,
          assets: 1,
        },
        {
          producerRef: 'group:default/b',
          consumerRef: 'group:default/y',
          events: 5,
          assets: 2,
        },
        {
          producerRef: 'group:default/c',
          consumerRef: 'group:default/x',
          events: 4,
          assets: 3,
        },
      ]),
    ).toEqual([
      { teamRef: 'group:default/x', events: 6, assets: 4 },
      { teamRef: 'group:default/y', events: 5, assets: 2 },
    ]);
  });
});

describe('GuildReuse', () => {
  async function renderReuse(api: ReturnType<typeof marketplaceApiMock>) {
    await renderInTestApp(
      <TestApiProvider apis={[[marketplaceApiRef, api]]}>
        <GuildReuse guildRef="group:default/ai-risk-guild" compact />
      </TestApiProvider>,
    );
  }

  it('says when the guild curated nothing in the window', async () => {
    const api = marketplaceApiMock({
      getKpi: (async (kpi: string) =>
        kpi === 'reuse'
          ? {
              from: '',
              to: '',
              assets: 0,
              reusedAssets: 0,
              rate: null,
              events: 0,
            }
          : { from: '', to: '', cells: [], totals: {} }) as never,
    });
    await renderReuse(api);
    expect(
      await screen.findByText(
        'No curated asset in the catalog in the last 90 days.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    const api = marketplaceApiMock({
      getKpi: (async () => {
        throw new Error('kpi.read denied');
      }) as never,
    });
    await renderReuse(api);
    expect(
      await screen.findByText(/Could not load the reuse of the guild's assets/),
    ).toBeInTheDocument();
  });
});
