export { marketplaceApiRef } from './MarketplaceApi';
export type {
  KpiOptions,
  KpiResponses,
  MarketplaceApi,
  Window,
} from './MarketplaceApi';
export { MarketplaceClient } from './MarketplaceClient';
