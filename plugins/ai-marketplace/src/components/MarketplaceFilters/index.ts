export { MarketplaceFilters } from './MarketplaceFilters';
