export { TopAssetsTable } from './TopAssetsTable';
