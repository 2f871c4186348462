import { DEFAULT_QUERY, parseQuery, toSearchParams } from './query';

describe('marketplace query in the URL', () => {
  it('round-trips search text, facets with several values, sort, view and page', () => {
    const query = {
      text: 'ticket triage',
      facets: {
        kind: ['AIWorkflow'],
        owner: ['group:default/customer-support', 'group:default/sales-ops'],
        riskTier: ['high'],
      },
      sort: 'title' as const,
      view: 'table' as const,
      page: 3,
    };

    const params = toSearchParams(query);

    expect(params.toString()).toBe(
      'q=ticket+triage&kind=AIWorkflow&owner=group%3Adefault%2Fcustomer-support&owner=group%3Adefault%2Fsales-ops&riskTier=high&sort=title&view=table&page=3',
    );
    expect(parseQuery(new URLSearchParams(params.toString()))).toEqual(query);
  });

  it('leaves the defaults out, so the plain page has a plain URL', () => {
    expect(toSearchParams(DEFAULT_QUERY).toString()).toBe('');
  });

  it('falls back to the defaults for values it does not know', () => {
    expect(
      parseQuery(
        new URLSearchParams('sort=oldest&view=cards&page=-2&unknown=1&kind='),
      ),
    ).toEqual(DEFAULT_QUERY);
  });
});
