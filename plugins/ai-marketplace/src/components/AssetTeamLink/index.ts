export { AssetTeamLink } from './AssetTeamLink';
