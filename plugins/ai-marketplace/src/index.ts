/**
 * Frontend of the AI Marketplace: entity cards for AIWorkflow and
 * PromptLibrary pages.
 *
 * @packageDocumentation
 */

export {
  aiMarketplacePlugin,
  AIMarketplacePage,
  EntityAIWorkflowOverviewCard,
  EntityAIWorkflowSafetyCard,
  EntityAIWorkflowOutcomesCard,
  EntityAIWorkflowContributorsCard,
  EntityPromptLibraryOverviewCard,
  EntityPromptLibraryPromptsCard,
  EntityAIWorkflowEvalGateCard,
  EntityAIWorkflowErrorBudgetCard,
  EntityAIWorkflowLineageCard,
  EntityAIWorkflowActionsCard,
  EntityReuseCard,
  EntityReadinessScorecardCard,
  EntityGuildCard,
} from './plugin';
