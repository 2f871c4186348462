/**
 * Frontend of the AI Marketplace: entity cards for AIWorkflow and
 * PromptLibrary pages.
 *
 * @packageDocumentation
 */

export {
  aiMarketplacePlugin,
  EntityAIWorkflowOverviewCard,
  EntityAIWorkflowSafetyCard,
  EntityAIWorkflowOutcomesCard,
  EntityAIWorkflowContributorsCard,
  EntityPromptLibraryOverviewCard,
  EntityPromptLibraryPromptsCard,
} from './plugin';
