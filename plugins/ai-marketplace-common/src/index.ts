/**
 * Common types, schemas and validators of the AI Marketplace plugins: the
 * AIWorkflow and PromptLibrary kinds, their relation and annotation names.
 * Free of Node-only code: imported by the frontend too.
 *
 * @packageDocumentation
 */

export * from './kinds/common';
export * from './kinds/AIWorkflowEntityV1alpha1';
export * from './kinds/PromptLibraryEntityV1alpha1';
export * from './kinds/entityRefFields';
export {
  aiWorkflowRuleViolations,
  promptLibraryRuleViolations,
} from './kinds/rules';
export { InvalidAIMarketplaceEntityError } from './kinds/kindValidator';
export type { EntityRuleViolation } from './kinds/rules';
export { default as aiWorkflowEntityV1alpha1Schema } from './kinds/AIWorkflow.v1alpha1.schema.json';
export { default as promptLibraryEntityV1alpha1Schema } from './kinds/PromptLibrary.v1alpha1.schema.json';
export * from './relations';
export * from './annotations';
export * from './promptTemplate';
export * from './permissions';
export * from './api/reuse';
export * from './api/curation';
export * from './api/duplicates';
export * from './api/evaluations';
export * from './api/incidents';
export * from './api/experiments';
export * from './api/scorecards';
export * from './api/kpis';
export * from './api/marketplace';
