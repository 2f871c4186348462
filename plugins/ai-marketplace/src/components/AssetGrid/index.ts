export { AssetGrid } from './AssetGrid';
