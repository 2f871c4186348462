export { ReadinessScorecardCard } from './ReadinessScorecardCard';
