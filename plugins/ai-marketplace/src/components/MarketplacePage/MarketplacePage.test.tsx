import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { Entity } from '@backstage/catalog-model';
import { MarketplaceAssetsResponse } from '@ai-marketplace/plugin-ai-marketplace-common';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { marketplaceApiRef } from '../../api';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { rootRouteRef } from '../../routes';
import { MarketplacePage } from './MarketplacePage';

function workflow(
  name: string,
  title: string,
  spec: Record<string, string | undefined>,
  extra: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata: { name, namespace: 'default', title, ...extra },
    spec: { type: 'assistant', ...spec },
  };
}

function library(
  name: string,
  title: string,
  spec: Record<string, string | undefined>,
): Entity {
  return {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name, namespace: 'default', title },
    spec,
  };
}

const ASSETS: Entity[] = [
  workflow(
    'support-ticket-triage',
    'Support ticket triage',
    {
      owner: 'group:default/customer-support',
      function: 'support',
      guild: 'group:default/support-automation-guild',
      actionTier: 'write',
      riskTier: 'medium',
      lifecycle: 'production',
    },
    {
      description:
        'Classifies incoming tickets and drafts a first reply for an agent to approve.',
      tags: ['triage', 'helpdesk'],
    },
  ),
  workflow('sales-inbox-triage', 'Sales inbox triage', {
    owner: 'sales-ops',
    function: 'sales',
    guild: 'revenue-guild',
    actionTier: 'recommend',
    riskTier: 'low',
    lifecycle: 'production',
  }),
  workflow('invoice-approval-agent', 'Invoice approval agent', {
    owner: 'group:default/finance',
    function: 'finance',
    actionTier: 'execute',
    riskTier: 'high',
    lifecycle: 'experimental',
  }),
  workflow('contract-review', 'Contract review', {
    owner: 'group:default/legal',
    function: 'legal',
    actionTier: 'read',
    riskTier: 'high',
    lifecycle: 'deprecated',
  }),
  library('support-prompts', 'Support prompt library', {
    owner: 'group:default/customer-support',
    function: 'support',
    guild: 'group:default/support-automation-guild',
    lifecycle: 'production',
  }),
  library('sales-prompts', 'Sales prompts', {
    owner: 'group:default/sales-ops',
    function: 'sales',
    lifecycle: 'experimental',
  }),
];

const group = (name: string, title?: string, displayName?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: displayName ? { profile: { displayName } } : {},
});

// legal is not in the catalog: its assets show the ref's name.
const GROUPS: Record<string, Entity> = {
  'group:default/customer-support': group(
    'customer-support',
    'Customer Support',
  ),
  'group:default/sales-ops': group('sales-ops', undefined, 'Sales Operations'),
  'group:default/finance': group('finance', 'Finance'),
  'group:default/support-automation-guild': group(
    'support-automation-guild',
    'Support Automation Guild',
  ),
  'group:default/revenue-guild': group('revenue-guild', 'Revenue Guild'),
};

const assetState = (
  entityRef: string,
  reuseEvents: number,
  consumingTeams: number,
  readiness: [string | null, number | null],
  firstSeenAt: string,
  featured = false,
) => ({
  entityRef,
  readinessLevel: readiness[0],
  readinessScore: readiness[1],
  featured,
  deprecated: false,
  firstSeenAt: `${firstSeenAt}T09:00:00.000Z`,
  reuseEvents,
  consumingTeams,
});

const MARKETPLACE_STATES: MarketplaceAssetsResponse = {
  from: '2026-08-03',
  to: '2026-10-31',
  items: [
    assetState(
      'aiworkflow:default/support-ticket-triage',
      40,
      3,
      ['gold', 0.95],
      '2026-03-01',
      true,
    ),
    assetState(
      'promptlibrary:default/support-prompts',
      25,
      2,
      ['silver', 0.8],
      '2026-05-01',
    ),
    assetState(
      'aiworkflow:default/sales-inbox-triage',
      12,
      1,
      ['bronze', 0.6],
      '2026-09-20',
    ),
    assetState(
      'aiworkflow:default/invoice-approval-agent',
      0,
      0,
      ['gold', 0.7],
      '2026-10-02',
    ),
    assetState(
      'aiworkflow:default/contract-review',
      0,
      0,
      [null, 0.2],
      '2025-12-01',
    ),
    assetState(
      'promptlibrary:default/sales-prompts',
      0,
      0,
      [null, null],
      '2026-10-30',
    ),
  ],
};

function createApis(assets: Entity[] = ASSETS) {
  const catalogApi = {
    getEntities: jest.fn().mockResolvedValue({ items: assets }),
    getEntitiesByRefs: jest.fn(
      async ({ entityRefs }: { entityRefs: string[] }) => ({
        items: entityRefs.map(ref => GROUPS[ref]),
      }),
    ),
  };
  const marketplaceApi = marketplaceApiMock({
    listMarketplaceAssets: jest.fn().mockResolvedValue(MARKETPLACE_STATES),
  });
  return { catalogApi, marketplaceApi };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

async function renderPage(
  url = '/ai-marketplace',
  apis: ReturnType<typeof createApis> = createApis(),
) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [catalogApiRef, apis.catalogApi],
        [marketplaceApiRef, apis.marketplaceApi],
      ]}
    >
      <MarketplacePage />
      <LocationProbe />
    </TestApiProvider>,
    {
      routeEntries: [url],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/ai-marketplace': rootRouteRef,
      },
    },
  );
  return apis;
}

/** The titles of the cards shown, in order. */
const cardTitles = () =>
  screen
    .queryAllByTestId('asset-card')
    .map(card => within(card).getByRole('heading').textContent);

const searchParams = () =>
  new URLSearchParams(screen.getByTestId('location').textContent ?? '');

const checkbox = (facet: string, option: string) =>
  within(screen.getByRole('group', { name: facet })).getByRole('checkbox', {
    name: new RegExp(`^${option} \\d+$`),
  });

describe('MarketplacePage', () => {
  it('links to the insights dashboard from its header', async () => {
    await renderPage();
    expect(
      await screen.findByRole('button', { name: 'AI Insights' }),
    ).toHaveAttribute('href', '/ai-marketplace/insights');
  });

  it('reads the catalog once, with only the fields it shows, and the state of every asset', async () => {
    const { catalogApi, marketplaceApi } = await renderPage();

    expect(await screen.findAllByTestId('asset-card')).toHaveLength(6);
    expect(catalogApi.getEntities).toHaveBeenCalledTimes(1);
    const [request] = catalogApi.getEntities.mock.calls[0];
    expect(request.filter).toEqual([
      { kind: 'AIWorkflow' },
      { kind: 'PromptLibrary' },
    ]);
    expect(request.fields).toEqual(
      expect.arrayContaining(['kind', 'metadata.name', 'spec.owner']),
    );
    expect(request.fields).not.toContain('spec.prompts');
    expect(catalogApi.getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(catalogApi.getEntitiesByRefs.mock.calls[0][0].entityRefs).toEqual(
      expect.arrayContaining([
        'group:default/sales-ops',
        'group:default/revenue-guild',
      ]),
    );
    expect(marketplaceApi.listMarketplaceAssets).toHaveBeenCalledTimes(1);
    expect(marketplaceApi.listMarketplaceAssets).toHaveBeenCalledWith({
      from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('shows each card owner team first, with title, description, tiers and reuse, linked to the entity page', async () => {
    await renderPage();

    const [first] = await screen.findAllByTestId('asset-card');
    expect(first.textContent).toMatch(
      /^Customer Support\s*Support ticket triage\s*Classifies incoming tickets/,
    );
    expect(
      within(first).getByRole('link', { name: 'Support ticket triage' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/aiworkflow/support-ticket-triage',
    );
    expect(
      within(first).getByRole('link', { name: 'Customer Support' }),
    ).toHaveAttribute('href', '/catalog/default/group/customer-support');
    expect(within(first).getByText('Action: write')).toBeInTheDocument();
    expect(within(first).getByText('Risk: medium')).toBeInTheDocument();
    expect(
      within(first).getByText('40 uses · 3 other teams'),
    ).toBeInTheDocument();
    expect(within(first).getByText('Featured')).toBeInTheDocument();
    expect(within(first).getByText('Readiness: Gold')).toBeInTheDocument();

    const invoice = screen
      .getAllByTestId('asset-card')
      .find(card => card.textContent?.includes('Invoice approval agent'))!;
    expect(
      within(invoice).getByText('Not reused by other teams'),
    ).toBeInTheDocument();

    const contract = screen
      .getAllByTestId('asset-card')
      .find(card => card.textContent?.includes('Contract review'))!;
    expect(
      within(contract).getByRole('link', { name: 'legal' }),
    ).toHaveAttribute('href', '/catalog/default/group/legal');
    expect(
      screen.getByText('Reuse counts events from 2026-08-03 to 2026-10-31.'),
    ).toBeInTheDocument();
  });

  it.each([
    [
      'Kind',
      'Prompt library',
      'PromptLibrary',
      ['Support prompt library', 'Sales prompts'],
    ],
    ['Function', 'finance', 'finance', ['Invoice approval agent']],
    [
      'Owner team',
      'Sales Operations',
      'group:default/sales-ops',
      ['Sales inbox triage', 'Sales prompts'],
    ],
    [
      'Guild',
      'Support Automation Guild',
      'group:default/support-automation-guild',
      ['Support ticket triage', 'Support prompt library'],
    ],
    ['Action tier', 'execute', 'execute', ['Invoice approval agent']],
    [
      'Risk tier',
      'high',
      'high',
      ['Contract review', 'Invoice approval agent'],
    ],
    ['Lifecycle', 'deprecated', 'deprecated', ['Contract review']],
    [
      'Readiness',
      'Gold',
      'gold',
      ['Support ticket triage', 'Invoice approval agent'],
    ],
    ['Readiness', 'No level', 'none', ['Contract review', 'Sales prompts']],
  ])(
    'filters by %s and puts the choice in the URL',
    async (facet, option, value, expected) => {
      await renderPage();
      await screen.findAllByTestId('asset-card');

      await userEvent.click(checkbox(facet, option));

      expect(cardTitles()).toEqual(expected);
      const param = {
        Kind: 'kind',
        Function: 'function',
        'Owner team': 'owner',
        Guild: 'guild',
        'Action tier': 'actionTier',
        'Risk tier': 'riskTier',
        Lifecycle: 'lifecycle',
        Readiness: 'readiness',
      }[facet]!;
      expect(searchParams().getAll(param)).toEqual([value]);
      expect(checkbox(facet, option)).toBeChecked();
    },
  );

  it('counts each facet value among the results of the search and the other facets', async () => {
    await renderPage('/ai-marketplace?function=support');
    await screen.findAllByTestId('asset-card');

    expect(checkbox('Kind', 'AI workflow')).toHaveAccessibleName(
      'AI workflow 1',
    );
    expect(checkbox('Kind', 'Prompt library')).toHaveAccessibleName(
      'Prompt library 1',
    );
    // The function facet ignores its own choice, so the other functions stay on offer.
    expect(checkbox('Function', 'sales')).toHaveAccessibleName('sales 2');
  });

  it('searches title, description, tags and the owner team title', async () => {
    await renderPage();
    await screen.findAllByTestId('asset-card');
    const search = screen.getByRole('searchbox', { name: 'Search AI assets' });

    await userEvent.type(search, 'helpdesk');
    await waitFor(() =>
      expect(cardTitles()).toEqual(['Support ticket triage']),
    );
    expect(searchParams().get('q')).toBe('helpdesk');

    await userEvent.clear(search);
    await userEvent.type(search, 'sales operations');
    await waitFor(() =>
      expect(cardTitles()).toEqual(['Sales inbox triage', 'Sales prompts']),
    );
  });

  it('sorts by most reused by default, and by title on request', async () => {
    await renderPage();
    await screen.findAllByTestId('asset-card');

    expect(cardTitles()).toEqual([
      'Support ticket triage',
      'Support prompt library',
      'Sales inbox triage',
      'Contract review',
      'Invoice approval agent',
      'Sales prompts',
    ]);

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Title (A–Z)',
    );

    expect(cardTitles()).toEqual([
      'Contract review',
      'Invoice approval agent',
      'Sales inbox triage',
      'Sales prompts',
      'Support prompt library',
      'Support ticket triage',
    ]);
    expect(searchParams().get('sort')).toBe('title');
  });

  it('sorts by readiness level then score, and by newest first', async () => {
    await renderPage();
    await screen.findAllByTestId('asset-card');
    const sortBy = screen.getByRole('combobox', { name: 'Sort by' });

    await userEvent.selectOptions(sortBy, 'Readiest');
    expect(cardTitles()).toEqual([
      'Support ticket triage',
      'Invoice approval agent',
      'Support prompt library',
      'Sales inbox triage',
      'Contract review',
      'Sales prompts',
    ]);
    expect(searchParams().get('sort')).toBe('readiness');

    await userEvent.selectOptions(sortBy, 'Newest');
    expect(cardTitles()).toEqual([
      'Sales prompts',
      'Invoice approval agent',
      'Sales inbox triage',
      'Support prompt library',
      'Support ticket triage',
      'Contract review',
    ]);
    expect(searchParams().get('sort')).toBe('newest');
  });

  it('opens the search a shared URL holds, and keeps it in the URL as it changes', async () => {
    await renderPage(
      '/ai-marketplace?q=triage&function=support&view=table&sort=title',
    );

    const table = await screen.findByRole('table');
    expect(screen.queryByTestId('asset-card')).not.toBeInTheDocument();
    expect(
      screen.getByRole('searchbox', { name: 'Search AI assets' }),
    ).toHaveValue('triage');
    expect(checkbox('Function', 'support')).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue(
      'title',
    );
    expect(
      within(table).getByRole('link', { name: 'Support ticket triage' }),
    ).toBeInTheDocument();
    expect(
      within(table).queryByRole('link', { name: 'Sales inbox triage' }),
    ).not.toBeInTheDocument();

    await userEvent.click(checkbox('Function', 'sales'));

    expect(
      within(screen.getByRole('table')).getByRole('link', {
        name: 'Sales inbox triage',
      }),
    ).toBeInTheDocument();
    const params = searchParams();
    expect(params.get('q')).toBe('triage');
    expect(params.getAll('function')).toEqual(['support', 'sales']);
    expect(params.get('view')).toBe('table');
    expect(params.get('sort')).toBe('title');

    await userEvent.click(screen.getByRole('button', { name: 'Grid view' }));
    expect(cardTitles()).toEqual([
      'Sales inbox triage',
      'Support ticket triage',
    ]);
    expect(searchParams().get('view')).toBeNull();
  });

  it('says when nothing matches, and clears the search and filters on request', async () => {
    await renderPage('/ai-marketplace?q=quantum&riskTier=low');

    expect(await screen.findByText('No AI assets match')).toBeInTheDocument();
    expect(screen.queryByTestId('asset-card')).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear search and filters' }),
    );

    expect(cardTitles()).toHaveLength(6);
    expect(screen.getByTestId('location')).toHaveTextContent(/^$/);
  });

  it('shows the error when the catalog cannot be read', async () => {
    const apis = createApis();
    apis.catalogApi.getEntities.mockRejectedValue(new Error('catalog is down'));
    await renderPage('/ai-marketplace', apis);

    expect(
      await screen.findByText(
        /The AI assets could not be loaded from the catalog/,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/catalog is down/).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('asset-card')).not.toBeInTheDocument();
  });

  it('still lists the assets when reuse counts cannot be loaded, and says so', async () => {
    const apis = createApis();
    apis.marketplaceApi.listMarketplaceAssets.mockRejectedValue(
      new Error('403 Forbidden'),
    );
    await renderPage('/ai-marketplace', apis);

    expect(await screen.findAllByTestId('asset-card')).toHaveLength(6);
    expect(
      screen.getByText(
        /Reuse counts, readiness and featured marks could not be loaded/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/uses ·/)).not.toBeInTheDocument();
    expect(
      screen.queryByText('Not reused by other teams'),
    ).not.toBeInTheDocument();
  });

  it('says so when the catalog has no AI assets', async () => {
    await renderPage('/ai-marketplace', createApis([]));

    expect(
      await screen.findByText('No AI assets in the catalog yet'),
    ).toBeInTheDocument();
  });

  it('shows a page of cards at a time, and goes back to the first page when a filter changes', async () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      workflow(
        `workflow-${String(i).padStart(2, '0')}`,
        `Workflow ${String(i).padStart(2, '0')}`,
        {
          owner: i % 2 ? 'group:default/finance' : 'group:default/legal',
          function: 'operations',
          actionTier: 'read',
          riskTier: 'low',
          lifecycle: 'production',
        },
      ),
    );
    await renderPage('/ai-marketplace?sort=title', createApis(many));

    expect(await screen.findAllByTestId('asset-card')).toHaveLength(24);

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));

    expect(cardTitles()).toEqual([
      'Workflow 24',
      'Workflow 25',
      'Workflow 26',
      'Workflow 27',
      'Workflow 28',
      'Workflow 29',
    ]);
    expect(searchParams().get('page')).toBe('2');

    await userEvent.click(checkbox('Owner team', 'Finance'));

    expect(cardTitles()).toHaveLength(15);
    expect(searchParams().get('page')).toBeNull();
  });
});
