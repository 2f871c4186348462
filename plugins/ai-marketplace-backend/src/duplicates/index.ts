export { findDuplicateClusters } from './findDuplicateClusters';
export type {
  DuplicateCandidate,
  DuplicateCluster,
  DuplicateDetectionOptions,
  DuplicateKind,
  DuplicatePair,
} from './findDuplicateClusters';
export { duplicationRate } from './duplicationRate';
export {
  promptCandidates,
  textOfWorkflow,
  workflowCandidate,
} from './catalogCandidates';
