import { useMemo } from 'react';
import { ApiProvider } from '@backstage/core-app-api';
import { ApiHolder, ApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { marketplaceApiRef } from '../src/api';
import { MarketplacePage } from '../src/components/MarketplacePage';
import { generatedMarketplaceApis } from './generatedMarketplace';

/**
 * The marketplace over a generated catalog of `count` assets, served from
 * memory; every other API comes from the dev app (ApiProvider falls back to
 * its parent).
 */
export function GeneratedMarketplacePage(props: { count: number }) {
  const { count } = props;
  const apis = useMemo<ApiHolder>(() => {
    const { catalogApi, marketplaceApi } = generatedMarketplaceApis(count);
    const byId = new Map<string, unknown>([
      [catalogApiRef.id, catalogApi],
      [marketplaceApiRef.id, marketplaceApi],
    ]);
    return { get: <T,>(ref: ApiRef<T>) => byId.get(ref.id) as T | undefined };
  }, [count]);
  return (
    <ApiProvider apis={apis}>
      <MarketplacePage />
    </ApiProvider>
  );
}
