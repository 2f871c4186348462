export { AssetTable } from './AssetTable';
