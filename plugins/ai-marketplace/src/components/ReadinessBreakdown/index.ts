export { ReadinessBreakdown } from './ReadinessBreakdown';
