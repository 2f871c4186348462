import { useCallback } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { MarketplaceAsset } from '../lib/marketplace/assets';

/** The link to an asset's entity page in the catalog. */
export function useAssetHref(): (asset: MarketplaceAsset) => string {
  const entityRoute = useRouteRef(entityRouteRef);
  return useCallback(
    (asset: MarketplaceAsset) =>
      entityRoute(
        entityRouteParams(
          { kind: asset.kind, namespace: asset.namespace, name: asset.name },
          { encodeParams: true },
        ),
      ),
    [entityRoute],
  );
}
