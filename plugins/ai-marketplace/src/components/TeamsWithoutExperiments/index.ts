export {
  TeamsWithoutExperiments,
  EXPERIMENT_LIST_CAP,
} from './TeamsWithoutExperiments';
