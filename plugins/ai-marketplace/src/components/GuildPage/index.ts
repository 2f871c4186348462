export { GuildPage } from './GuildPage';
