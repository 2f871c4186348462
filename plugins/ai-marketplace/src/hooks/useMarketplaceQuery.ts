import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  MarketplaceQuery,
  parseQuery,
  toSearchParams,
} from '../lib/marketplace/query';

/** Changes a part of the query; any change but the page's goes back to page 1. */
export type UpdateMarketplaceQuery = (
  change: Partial<MarketplaceQuery>,
  options?: { replace?: boolean },
) => void;

/**
 * The marketplace query, kept in the URL so that a search can be shared
 * and the back button undoes a filter.
 */
export function useMarketplaceQuery(): [
  MarketplaceQuery,
  UpdateMarketplaceQuery,
] {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseQuery(params), [params]);
  const update = useCallback<UpdateMarketplaceQuery>(
    (change, options) =>
      setParams(
        current =>
          toSearchParams({ ...parseQuery(current), page: 1, ...change }),
        { replace: options?.replace },
      ),
    [setParams],
  );
  return [query, update];
}
