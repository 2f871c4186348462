export { AssetCard } from './AssetCard';
