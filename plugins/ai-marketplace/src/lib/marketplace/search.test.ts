import { MarketplaceAsset } from './assets';
import { indexAssets, searchAssets, searchTokens, sortAssets } from './search';

function asset(
  name: string,
  fields: Partial<MarketplaceAsset> = {},
): MarketplaceAsset {
  const base: MarketplaceAsset = {
    entityRef: `aiworkflow:default/${name}`,
    kind: 'AIWorkflow',
    namespace: 'default',
    name,
    title: name,
    description: '',
    tags: [],
    searchText: name,
    ...fields,
  };
  return base;
}

const team = (name: string, title: string) => ({
  ref: `group:default/${name}`,
  title,
});

const ASSETS = [
  asset('triage', {
    function: 'support',
    owner: team('support', 'Support'),
    riskTier: 'medium',
    searchText: 'ticket triage\nhelpdesk\nsupport',
    reuse: { events: 10, consumingTeams: 1 },
  }),
  asset('refunds', {
    function: 'support',
    owner: team('support', 'Support'),
    riskTier: 'high',
    searchText: 'refund agent\nsupport',
    reuse: { events: 10, consumingTeams: 4 },
  }),
  asset('forecast', {
    function: 'sales',
    owner: team('sales', 'Sales'),
    riskTier: 'low',
    searchText: 'pipeline forecast\nsales',
  }),
  asset('prompts', {
    kind: 'PromptLibrary',
    entityRef: 'promptlibrary:default/prompts',
    function: 'sales',
    owner: team('sales', 'Sales'),
    searchText: 'sales prompts',
    reuse: { events: 30, consumingTeams: 2 },
  }),
];

const INDEX = indexAssets(ASSETS);

const optionsOf = (
  facets: ReturnType<typeof searchAssets>['facets'],
  id: string,
) =>
  facets
    .find(facet => facet.id === id)!
    .options.map(({ value, count, selected }) => [value, count, selected]);

describe('searchAssets', () => {
  it('needs every search word, in any order and case', () => {
    expect(searchTokens('  Ticket   TRIAGE ')).toEqual(['ticket', 'triage']);
    expect(
      searchAssets(INDEX, 'TRIAGE ticket', {}).results.map(a => a.name),
    ).toEqual(['triage']);
    expect(searchAssets(INDEX, 'triage refund', {}).results).toEqual([]);
  });

  it('keeps assets matching one chosen value of every chosen facet', () => {
    const { results } = searchAssets(INDEX, '', {
      function: ['support', 'sales'],
      riskTier: ['high', 'low'],
    });
    // In title order.
    expect(results.map(a => a.name)).toEqual(['forecast', 'refunds']);
  });

  it("counts a facet's values without its own choice but with the search and the other facets", () => {
    const { facets } = searchAssets(INDEX, 'support', {
      function: ['support'],
      riskTier: ['high'],
    });

    // Function ignores its own choice: the search and risk leave refunds.
    expect(optionsOf(facets, 'function')).toEqual([['support', 1, true]]);
    // Risk ignores its own choice: the search and function leave both.
    expect(optionsOf(facets, 'riskTier')).toEqual([
      ['medium', 1, false],
      ['high', 1, true],
    ]);
    expect(optionsOf(facets, 'owner')).toEqual([
      ['group:default/support', 1, false],
    ]);
  });

  it('keeps a chosen value on offer when nothing has it, labelled by title', () => {
    const { facets, results } = searchAssets(INDEX, 'forecast', {
      owner: ['group:default/support'],
    });
    expect(results).toEqual([]);
    const owner = facets.find(facet => facet.id === 'owner')!;
    expect(owner.options).toEqual([
      {
        value: 'group:default/sales',
        label: 'Sales',
        count: 1,
        selected: false,
      },
      {
        value: 'group:default/support',
        label: 'Support',
        count: 0,
        selected: true,
      },
    ]);
  });

  it('orders tiers in their natural order and other facets by count', () => {
    const { facets } = searchAssets(INDEX, '', {});
    expect(optionsOf(facets, 'riskTier').map(([value]) => value)).toEqual([
      'low',
      'medium',
      'high',
    ]);
    expect(optionsOf(facets, 'kind')).toEqual([
      ['AIWorkflow', 3, false],
      ['PromptLibrary', 1, false],
    ]);
  });
});

describe('sortAssets', () => {
  const inTitleOrder = searchAssets(INDEX, '', {}).results;

  it('returns search results in title order', () => {
    expect(inTitleOrder.map(a => a.name)).toEqual([
      'forecast',
      'prompts',
      'refunds',
      'triage',
    ]);
    expect(sortAssets(inTitleOrder, 'title')).toEqual(inTitleOrder);
  });

  it('puts the most reused first, then the one more teams reuse, then by title', () => {
    expect(sortAssets(inTitleOrder, 'reused').map(a => a.name)).toEqual([
      'prompts',
      'refunds',
      'triage',
      'forecast',
    ]);
    expect(inTitleOrder.map(a => a.name)[0]).toBe('forecast');
  });
});
