import { screen } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import {
  ApiBlueprint,
  FetchApi,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { MarketplaceAssetsResponse } from '@ai-marketplace/plugin-ai-marketplace-common';
import aiMarketplacePlugin from './alpha';
import { marketplaceApiRef, MarketplaceClient } from './api';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from './__testUtils__/exampleEntities';
import { guild, guildApi, guildCatalog } from './__testUtils__/guildFixtures';
import { marketplaceApiMock } from './__testUtils__/marketplaceApiMock';
import { rootRouteRef } from './routes';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'helpdesk', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/customer-support' },
};

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'customer-support', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const ENTITIES = {
  workflow: exampleAIWorkflow,
  library: examplePromptLibrary,
  guild,
  team,
  component,
};
type EntityName = keyof typeof ENTITIES;

const entityRoute = { '/catalog/:namespace/:kind/:name': entityRouteRef };

const marketplaceStates: MarketplaceAssetsResponse = {
  from: '2026-08-03',
  to: '2026-10-31',
  items: [],
};

describe('ai-marketplace plugin (new frontend system)', () => {
  // The first import of the pages transpiles them, which can outlast
  // findBy's timeout; the page's loader then imports what is cached.
  beforeAll(() => import('./components/Router'));

  it('serves the marketplace at /ai-marketplace with the plugin API overridable', async () => {
    const marketplaceApi = marketplaceApiMock({
      listMarketplaceAssets: jest.fn().mockResolvedValue(marketplaceStates),
    });
    renderTestApp({
      features: [aiMarketplacePlugin],
      initialRouteEntries: ['/ai-marketplace'],
      mountedRoutes: entityRoute,
      apis: [
        [marketplaceApiRef, marketplaceApi],
        [
          catalogApiRef,
          catalogApiMock({
            entities: [exampleAIWorkflow, examplePromptLibrary],
          }),
        ],
      ],
    });

    expect(
      await screen.findByRole('heading', { name: 'Support ticket triage' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Support prompt library' }),
    ).toBeInTheDocument();
    expect(marketplaceApi.listMarketplaceAssets).toHaveBeenCalled();
    // The page keeps its own header; the framework adds none on top.
    expect(
      screen.getAllByRole('heading', { name: 'AI Marketplace' }),
    ).toHaveLength(1);
  });

  it('routes /ai-marketplace/guilds/:namespace/:name to the guild page', async () => {
    renderTestApp({
      features: [aiMarketplacePlugin],
      initialRouteEntries: [
        '/ai-marketplace/guilds/default/support-automation-guild',
      ],
      mountedRoutes: entityRoute,
      apis: [
        [marketplaceApiRef, guildApi()],
        [catalogApiRef, catalogApiMock({ entities: guildCatalog })],
      ],
    });

    expect(
      await screen.findByRole('heading', { name: 'Support automation guild' }),
    ).toBeInTheDocument();
  });

  it('puts "AI Marketplace" in the app nav, linking to the page', async () => {
    renderTestApp({
      features: [aiMarketplacePlugin],
      initialRouteEntries: ['/somewhere-else'],
      apis: [[marketplaceApiRef, marketplaceApiMock()]],
    });

    expect(
      await screen.findByRole('link', { name: /AI Marketplace/ }),
    ).toHaveAttribute('href', '/ai-marketplace');
  });

  it('builds the MarketplaceClient from discovery and fetch', async () => {
    const api = aiMarketplacePlugin.getExtension('api:ai-marketplace');
    const factory = createExtensionTester(api).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api).toBe(marketplaceApiRef);

    const fetchApi: FetchApi = {
      fetch: jest.fn().mockResolvedValue(
        new Response(JSON.stringify(marketplaceStates), {
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    };
    const client = factory.factory({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://backend' }),
      fetchApi,
    });
    if (!(client instanceof MarketplaceClient)) {
      throw new Error('The API factory did not build a MarketplaceClient');
    }
    await client.listMarketplaceAssets({ from: '2026-08-03' });
    expect(String(jest.mocked(fetchApi.fetch).mock.calls[0][0])).toMatch(
      /^http:\/\/backend\/api\/ai-marketplace\//,
    );
  });

  describe('entity extensions', () => {
    type ExtensionId = Extract<
      Parameters<typeof aiMarketplacePlugin.getExtension>[0],
      `entity-${string}`
    >;
    const extension = (id: ExtensionId) => aiMarketplacePlugin.getExtension(id);

    // Which entity pages show what, as the legacy app's EntityPage does.
    it.each<[ExtensionId, EntityName[]]>([
      ['entity-card:ai-marketplace/workflow-overview', ['workflow']],
      ['entity-card:ai-marketplace/workflow-safety', ['workflow']],
      ['entity-card:ai-marketplace/workflow-actions', ['workflow']],
      ['entity-card:ai-marketplace/workflow-eval-gate', ['workflow']],
      ['entity-card:ai-marketplace/workflow-error-budget', ['workflow']],
      ['entity-card:ai-marketplace/workflow-lineage', ['workflow']],
      ['entity-card:ai-marketplace/workflow-contributors', ['workflow']],
      ['entity-card:ai-marketplace/workflow-outcomes', ['workflow']],
      ['entity-card:ai-marketplace/library-overview', ['library']],
      ['entity-card:ai-marketplace/library-prompts', ['library']],
      ['entity-card:ai-marketplace/reuse', ['workflow', 'library']],
      ['entity-card:ai-marketplace/guild', ['guild']],
      ['entity-content:ai-marketplace/readiness', ['workflow', 'library']],
    ])('%s shows only on %j', (id, shownOn) => {
      const filter = createExtensionTester(extension(id)).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      );
      if (!filter) {
        throw new Error(`${id} has no entity filter`);
      }
      const matched = (Object.keys(ENTITIES) as EntityName[]).filter(name =>
        filter(ENTITIES[name]),
      );
      expect(matched).toEqual(shownOn);
    });

    it('adds the Readiness tab at /readiness', () => {
      const tester = createExtensionTester(
        aiMarketplacePlugin.getExtension(
          'entity-content:ai-marketplace/readiness',
        ),
      );
      expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
        'Readiness',
      );
      expect(tester.get(coreExtensionData.routePath)).toBe('/readiness');
    });

    const cardApis = [
      [marketplaceApiRef, marketplaceApiMock()],
      [catalogApiRef, catalogApiMock()],
      [permissionApiRef, mockApis.permission()],
      mockApis.identity(),
    ] as const;

    // Each extension loads the card the legacy extension of that name loads.
    it.each<[ExtensionId, string, Entity]>([
      [
        'entity-card:ai-marketplace/workflow-overview',
        'About this workflow',
        exampleAIWorkflow,
      ],
      [
        'entity-card:ai-marketplace/workflow-safety',
        'Safety',
        exampleAIWorkflow,
      ],
      [
        'entity-card:ai-marketplace/workflow-actions',
        'Use this workflow',
        exampleAIWorkflow,
      ],
      [
        'entity-card:ai-marketplace/workflow-eval-gate',
        'Evaluation gate',
        exampleAIWorkflow,
      ],
      [
        'entity-card:ai-marketplace/workflow-error-budget',
        'Error budget',
        exampleAIWorkflow,
      ],
      [
        'entity-card:ai-marketplace/workflow-lineage',
        'Lineage',
        exampleAIWorkflow,
      ],
      [
        'entity-card:ai-marketplace/workflow-contributors',
        'Contributors',
        exampleAIWorkflow,
      ],
      [
        'entity-card:ai-marketplace/workflow-outcomes',
        'Outcomes',
        exampleAIWorkflow,
      ],
      ['entity-card:ai-marketplace/reuse', 'Reuse', examplePromptLibrary],
      [
        'entity-card:ai-marketplace/library-overview',
        'About this library',
        examplePromptLibrary,
      ],
      [
        'entity-card:ai-marketplace/library-prompts',
        'Prompts (1)',
        examplePromptLibrary,
      ],
      [
        'entity-content:ai-marketplace/readiness',
        'Readiness',
        exampleAIWorkflow,
      ],
    ])('%s renders "%s"', async (id, title, entity) => {
      renderInTestApp(
        <EntityProvider entity={entity}>
          {createExtensionTester(extension(id)).reactElement()}
        </EntityProvider>,
        { apis: cardApis, mountedRoutes: entityRoute },
      );
      expect(await screen.findByText(title)).toBeInTheDocument();
    });

    it('renders the guild card, linking to the guild page', async () => {
      renderInTestApp(
        <EntityProvider entity={guild}>
          {createExtensionTester(
            extension('entity-card:ai-marketplace/guild'),
          ).reactElement()}
        </EntityProvider>,
        {
          apis: [
            [marketplaceApiRef, guildApi()],
            [catalogApiRef, catalogApiMock({ entities: guildCatalog })],
          ],
          mountedRoutes: { ...entityRoute, '/ai-marketplace': rootRouteRef },
        },
      );
      expect(
        await screen.findByRole('link', { name: /Open the guild page/ }),
      ).toHaveAttribute(
        'href',
        '/ai-marketplace/guilds/default/support-automation-guild',
      );
    });
  });
});
