export { ReadinessKpiTile, readinessScope } from './ReadinessKpiTile';
