export { GuildCurationQueue } from './GuildCurationQueue';
export { buildCurationQueue } from './buildCurationQueue';
export type {
  CurationQueueItem,
  CurationQueueReason,
} from './buildCurationQueue';
