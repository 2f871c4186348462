export { GuildReuse, consumingTeams, GUILD_REUSE_DAYS } from './GuildReuse';
export type { ConsumingTeam } from './GuildReuse';
