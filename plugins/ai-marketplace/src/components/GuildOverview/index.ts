export { GuildOverview } from './GuildOverview';
