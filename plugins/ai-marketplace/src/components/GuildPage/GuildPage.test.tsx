import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { marketplaceApiRef } from '../../api';
import {
  guildApi,
  guildCatalog,
  supportPrompts,
} from '../../__testUtils__/guildFixtures';
import { windowEndingToday } from '../../lib/kpiWindow';
import { rootRouteRef } from '../../routes';
import { GuildPage } from './GuildPage';

async function renderGuildPage(
  path: string,
  api = guildApi(),
  entities: Entity[] = guildCatalog,
) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [marketplaceApiRef, api],
        [catalogApiRef, catalogApiMock({ entities })],
      ]}
    >
      <Routes>
        <Route
          path="/ai-marketplace/guilds/:namespace/:name"
          element={<GuildPage />}
        />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/ai-marketplace': rootRouteRef,
      },
    },
  );
  return api;
}

const GUILD_PATH = '/ai-marketplace/guilds/default/support-automation-guild';

describe('GuildPage', () => {
  it('shows the guild named in the route, with its leads', async () => {
    await renderGuildPage(GUILD_PATH);

    expect(
      await screen.findByRole('heading', { name: 'Support automation guild' }),
    ).toBeInTheDocument();
    const leads = screen.getByLabelText('Guild leads');
    expect(
      within(leads).getByRole('link', { name: 'sam.chen' }),
    ).toHaveAttribute('href', '/catalog/default/user/sam.chen');
    expect(
      within(leads).getByRole('link', { name: 'daniel.kim' }),
    ).toBeInTheDocument();
  });

  it('lists the members by team, leads marked', async () => {
    await renderGuildPage(GUILD_PATH);

    const support = await screen.findByRole('region', {
      name: 'Customer Support: 2',
    });
    expect(support).toHaveTextContent('sam.chen (lead)');
    expect(support).toHaveTextContent('ana.ruiz');
    expect(support).not.toHaveTextContent('maria.lopez');
    expect(screen.getByRole('region', { name: 'Sales: 1' })).toHaveTextContent(
      'daniel.kim (lead)',
    );
    expect(screen.getByText('3 members from 2 teams')).toBeInTheDocument();
  });

  it('lists what the guild curates and the curation queue', async () => {
    const api = await renderGuildPage(GUILD_PATH);

    const curated = await screen.findByRole('list', {
      name: 'Curated libraries and workflows',
    });
    expect(
      within(curated)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      expect.stringContaining('Support prompt library'),
      expect.stringContaining('Refund assistant'),
      expect.stringContaining('Support ticket triage'),
    ]);
    expect(curated).not.toHaveTextContent('Sales prompt library');

    const queue = await screen.findByRole('list', { name: 'Curation queue' });
    const items = within(queue).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Review overdue');
    expect(items[0]).toHaveTextContent('Support prompt library');
    expect(items[0]).toHaveTextContent(
      `last ${(supportPrompts.spec as { reviewedAt: string }).reviewedAt}`,
    );
    expect(items[1]).toHaveTextContent('Deprecated but featured');
    expect(items[1]).toHaveTextContent('Support prompt library › Tone rewrite');
    expect(items[2]).toHaveTextContent('Not reviewed');
    expect(items[2]).toHaveTextContent('Support ticket triage');
    expect(
      within(items[2]).getByRole('link', { name: 'Support ticket triage' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/aiworkflow/support-ticket-triage',
    );
    expect(queue).not.toHaveTextContent('Refund assistant');
    expect(api.getCuration).toHaveBeenCalledTimes(3);
  });

  it('shows the reuse of its assets by other teams over 90 days', async () => {
    const api = await renderGuildPage(GUILD_PATH);

    expect(
      await screen.findByText(/curated assets \(67%\) were used by a team/),
    ).toHaveTextContent('2 of 3');
    const teams = screen.getByRole('list', {
      name: "Teams using the guild's assets",
    });
    expect(
      within(teams)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'sales16 events on 2 assets of other teams',
      'operations3 events on 2 assets of other teams',
    ]);
    const top = screen.getByRole('list', {
      name: 'Most reused curated assets',
    });
    expect(top).toHaveTextContent(
      'Support ticket triageby customer-support · 2 other teams, 15 events',
    );
    expect(api.getKpi).toHaveBeenCalledWith('reuse', {
      ...windowEndingToday(90),
      guild: 'group:default/support-automation-guild',
    });
  });

  it('says when the guild has no lead', async () => {
    const leaderless = {
      ...guildCatalog[0],
      metadata: { ...guildCatalog[0].metadata, annotations: {} },
    };
    await renderGuildPage(GUILD_PATH, guildApi(), [
      leaderless,
      ...guildCatalog.slice(1),
    ]);
    expect(
      await screen.findByText(/No lead named: add user refs to the/),
    ).toBeInTheDocument();
  });

  it('says when the route names no guild', async () => {
    await renderGuildPage('/ai-marketplace/guilds/default/no-such-guild');
    expect(
      await screen.findByText('No group default/no-such-guild in the catalog'),
    ).toBeInTheDocument();

    await renderGuildPage('/ai-marketplace/guilds/default/sales');
    expect(await screen.findByText('Sales is not a guild')).toBeInTheDocument();
  });

  it('shows the backend error where the curation state is missing', async () => {
    const api = guildApi();
    api.getCuration.mockRejectedValue(new Error('curation unavailable'));
    await renderGuildPage(GUILD_PATH, api);

    expect(
      await screen.findByText(/Could not load the curation state/),
    ).toBeInTheDocument();
    // The rest of the page stays.
    expect(
      await screen.findByRole('list', {
        name: 'Curated libraries and workflows',
      }),
    ).toBeInTheDocument();
  });
});
