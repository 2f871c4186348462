export { AssetMarks } from './AssetMarks';
