import { ReadinessCheck } from '@ai-marketplace/plugin-ai-marketplace-node';
import { actionTierControls } from './actionTierControls';
import { approvedModels } from './approvedModels';
import { businessOwnerNamed } from './businessOwnerNamed';
import { contributorsRecorded } from './contributorsRecorded';
import { dataClassificationDeclared } from './dataClassificationDeclared';
import { documentationLinked } from './documentationLinked';
import { driNamed } from './driNamed';
import { dualSponsorship } from './dualSponsorship';
import { errorBudgetRespected } from './errorBudgetRespected';
import { escalationPathDeclared } from './escalationPathDeclared';
import { evaluationGate } from './evaluationGate';
import { guildHasLead } from './guildHasLead';
import { noDeprecatedFeatured } from './noDeprecatedFeatured';
import { ownerBusinessTeam } from './ownerBusinessTeam';
import { promptsVersionedWithExamples } from './promptsVersionedWithExamples';
import { reusedByAnotherTeam } from './reusedByAnotherTeam';
import { reviewWithinCadence } from './reviewWithinCadence';

/** The checks that ship, in the order scorecards list them. */
export const DEFAULT_READINESS_CHECKS: ReadinessCheck[] = [
  ownerBusinessTeam,
  businessOwnerNamed,
  driNamed,
  dualSponsorship,
  actionTierControls,
  evaluationGate,
  errorBudgetRespected,
  dataClassificationDeclared,
  escalationPathDeclared,
  approvedModels,
  documentationLinked,
  contributorsRecorded,
  guildHasLead,
  reviewWithinCadence,
  promptsVersionedWithExamples,
  noDeprecatedFeatured,
  reusedByAnotherTeam,
];
