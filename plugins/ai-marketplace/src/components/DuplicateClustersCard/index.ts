export { DuplicateClustersCard } from './DuplicateClustersCard';
