import { FACET_IDS, FacetSelection } from './facets';

/** How results can be ordered. */
export const SORT_IDS = ['reused', 'title', 'readiness', 'newest'] as const;

/** @public */
export type SortId = (typeof SORT_IDS)[number];

/** How results can be shown. */
export const VIEW_IDS = ['grid', 'table'] as const;

/** @public */
export type ViewId = (typeof VIEW_IDS)[number];

/** Everything a marketplace search is made of; all of it lives in the URL. */
export type MarketplaceQuery = {
  text: string;
  facets: FacetSelection;
  sort: SortId;
  view: ViewId;
  /** 1-based. */
  page: number;
};

export const DEFAULT_QUERY: MarketplaceQuery = {
  text: '',
  facets: {},
  sort: 'reused',
  view: 'grid',
  page: 1,
};

const oneOf = <T extends string>(
  values: readonly T[],
  value: string | null,
  fallback: T,
): T => (values.includes(value as T) ? (value as T) : fallback);

/**
 * Reads a query from URL search params: `q`, one param per facet (repeated
 * for several values), `sort`, `view`, `page`. Unknown values fall back to
 * the defaults, so a hand-edited link still opens.
 */
export function parseQuery(params: URLSearchParams): MarketplaceQuery {
  const facets: FacetSelection = {};
  for (const id of FACET_IDS) {
    const values = [...new Set(params.getAll(id).filter(Boolean))];
    if (values.length) {
      facets[id] = values;
    }
  }
  const page = Number(params.get('page'));
  return {
    text: params.get('q') ?? '',
    facets,
    sort: oneOf(SORT_IDS, params.get('sort'), DEFAULT_QUERY.sort),
    view: oneOf(VIEW_IDS, params.get('view'), DEFAULT_QUERY.view),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes a query as URL search params, leaving defaults out to keep links short. */
export function toSearchParams(query: MarketplaceQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.text) {
    params.set('q', query.text);
  }
  for (const id of FACET_IDS) {
    for (const value of query.facets[id] ?? []) {
      params.append(id, value);
    }
  }
  if (query.sort !== DEFAULT_QUERY.sort) {
    params.set('sort', query.sort);
  }
  if (query.view !== DEFAULT_QUERY.view) {
    params.set('view', query.view);
  }
  if (query.page > 1) {
    params.set('page', String(query.page));
  }
  return params;
}
