export { GuildLeads } from './GuildLeads';
