export { GuildCard } from './GuildCard';
