export { loadedOrStateCard } from './loadedOrStateCard';
export type { NothingToShow } from './loadedOrStateCard';
