import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { marketplaceApiRef } from '../../api';
import {
  guild,
  guildApi,
  guildCatalog,
} from '../../__testUtils__/guildFixtures';
import { salesTeam } from '../../__testUtils__/kpiFixtures';
import { rootRouteRef } from '../../routes';
import { GuildCard } from './GuildCard';

async function renderCard(
  entity: Entity,
  options: { withMarketplaceRoute?: boolean } = {},
) {
  const api = guildApi();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [marketplaceApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: guildCatalog })],
      ]}
    >
      <EntityProvider entity={entity}>
        <GuildCard />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...(options.withMarketplaceRoute === false
          ? {}
          : { '/ai-marketplace': rootRouteRef }),
      },
    },
  );
  return api;
}

describe('GuildCard', () => {
  it('shows the guild compactly and links to its page', async () => {
    const api = await renderCard(guild);

    expect(
      screen.getByRole('link', { name: /Open the guild page/ }),
    ).toHaveAttribute(
      'href',
      '/ai-marketplace/guilds/default/support-automation-guild',
    );
    expect(
      within(screen.getByRole('region', { name: 'Leads' })).getByRole('link', {
        name: 'sam.chen',
      }),
    ).toBeInTheDocument();
    const members = screen.getByRole('region', { name: 'Members by team' });
    await within(members).findByText('Customer Support · 2');
    expect(
      within(members).getByText('Customer Support · 2'),
    ).toBeInTheDocument();
    expect(within(members).getByText('Sales · 1')).toBeInTheDocument();

    const queue = await screen.findByRole('list', { name: 'Curation queue' });
    expect(within(queue).getAllByRole('listitem')).toHaveLength(3);

    expect(
      await screen.findByText(/curated assets \(67%\) were used by a team/),
    ).toBeInTheDocument();
    // Compact: no list of most reused assets.
    expect(api.getKpi).not.toHaveBeenCalledWith(
      'top-assets',
      expect.anything(),
    );
  });

  it('still renders when the app has not mounted the marketplace page', async () => {
    await renderCard(guild, { withMarketplaceRoute: false });

    expect(
      await screen.findByRole('list', { name: 'Curation queue' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /Open the guild page/ }),
    ).not.toBeInTheDocument();
  });

  it('explains itself on a group that is not a guild', async () => {
    await renderCard(salesTeam);
    expect(screen.getByText(/This card shows guilds/)).toHaveTextContent(
      '"sales" is a Group of type team',
    );
  });
});
