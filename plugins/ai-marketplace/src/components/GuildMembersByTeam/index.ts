export { GuildMembersByTeam, membersByTeam } from './GuildMembersByTeam';
export type { TeamMembers } from './GuildMembersByTeam';
