export { DashboardFilters } from './DashboardFilters';
export type { DashboardFiltersProps } from './DashboardFilters';
