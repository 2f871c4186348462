import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { marketplaceApiRef, MarketplaceClient } from '../api';

/** The marketplace backend client, built as the legacy plugin builds it. */
export const marketplaceApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: marketplaceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new MarketplaceClient(deps),
    }),
});
