export { GuildCuratedAssets } from './GuildCuratedAssets';
