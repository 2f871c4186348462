export { KpiTile } from './KpiTile';
export type { KpiTileProps, KpiTrendPoint } from './KpiTile';
