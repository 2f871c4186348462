export { MarketplaceToolbar } from './MarketplaceToolbar';
