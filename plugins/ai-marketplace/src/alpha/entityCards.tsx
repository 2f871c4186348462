import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isAIWorkflow,
  isGuild,
  isMarketplaceAsset,
  isPromptLibrary,
} from './entityFilters';

/*
 * The cards of the legacy app's AIWorkflow and PromptLibrary pages and of a
 * guild's Group page, for the catalog's overview tab. The overview cards are
 * `info` cards (the default layout's side column, where the About card goes).
 */

/** Who owns an AIWorkflow and what it is built from. */
export const workflowOverviewCard = EntityCardBlueprint.make({
  name: 'workflow-overview',
  params: {
    type: 'info',
    filter: isAIWorkflow,
    loader: () =>
      import('../components/AIWorkflowOverviewCard').then(m => (
        <m.AIWorkflowOverviewCard />
      )),
  },
});

/** Owner, curating guild and review status of a PromptLibrary. */
export const libraryOverviewCard = EntityCardBlueprint.make({
  name: 'library-overview',
  params: {
    type: 'info',
    filter: isPromptLibrary,
    loader: () =>
      import('../components/PromptLibraryOverviewCard').then(m => (
        <m.PromptLibraryOverviewCard />
      )),
  },
});

/** How an AIWorkflow is kept safe. */
export const workflowSafetyCard = EntityCardBlueprint.make({
  name: 'workflow-safety',
  params: {
    filter: isAIWorkflow,
    loader: () =>
      import('../components/AIWorkflowSafetyCard').then(m => (
        <m.AIWorkflowSafetyCard />
      )),
  },
});

/** Adopt an AIWorkflow, or log an experiment with it. */
export const workflowActionsCard = EntityCardBlueprint.make({
  name: 'workflow-actions',
  params: {
    filter: isAIWorkflow,
    loader: () =>
      import('../components/AIWorkflowActionsCard').then(m => (
        <m.AIWorkflowActionsCard />
      )),
  },
});

/** Whether an AIWorkflow's evaluation gate holds. */
export const workflowEvalGateCard = EntityCardBlueprint.make({
  name: 'workflow-eval-gate',
  params: {
    filter: isAIWorkflow,
    loader: () =>
      import('../components/AIWorkflowEvalGateCard').then(m => (
        <m.AIWorkflowEvalGateCard />
      )),
  },
});

/** Which teams use an AIWorkflow or PromptLibrary, over time. */
export const reuseCard = EntityCardBlueprint.make({
  name: 'reuse',
  params: {
    filter: isMarketplaceAsset,
    loader: () => import('../components/ReuseCard').then(m => <m.ReuseCard />),
  },
});

/** An AIWorkflow's incidents against its error budget. */
export const workflowErrorBudgetCard = EntityCardBlueprint.make({
  name: 'workflow-error-budget',
  params: {
    filter: isAIWorkflow,
    loader: () =>
      import('../components/AIWorkflowErrorBudgetCard').then(m => (
        <m.AIWorkflowErrorBudgetCard />
      )),
  },
});

/** What an AIWorkflow was derived from and its derivations. */
export const workflowLineageCard = EntityCardBlueprint.make({
  name: 'workflow-lineage',
  params: {
    filter: isAIWorkflow,
    loader: () =>
      import('../components/AIWorkflowLineageCard').then(m => (
        <m.AIWorkflowLineageCard />
      )),
  },
});

/** The contribution log of an AIWorkflow. */
export const workflowContributorsCard = EntityCardBlueprint.make({
  name: 'workflow-contributors',
  params: {
    filter: isAIWorkflow,
    loader: () =>
      import('../components/AIWorkflowContributorsCard').then(m => (
        <m.AIWorkflowContributorsCard />
      )),
  },
});

/** The business numbers an AIWorkflow targets. */
export const workflowOutcomesCard = EntityCardBlueprint.make({
  name: 'workflow-outcomes',
  params: {
    filter: isAIWorkflow,
    loader: () =>
      import('../components/AIWorkflowOutcomesCard').then(m => (
        <m.AIWorkflowOutcomesCard />
      )),
  },
});

/** Every prompt of a PromptLibrary: fill, copy, curate. */
export const libraryPromptsCard = EntityCardBlueprint.make({
  name: 'library-prompts',
  params: {
    filter: isPromptLibrary,
    loader: () =>
      import('../components/PromptLibraryPromptsCard').then(m => (
        <m.PromptLibraryPromptsCard />
      )),
  },
});

/** Leads, members, curation queue and curated assets of a guild. */
export const guildCard = EntityCardBlueprint.make({
  name: 'guild',
  params: {
    filter: isGuild,
    loader: () => import('../components/GuildCard').then(m => <m.GuildCard />),
  },
});

/**
 * In the order of the legacy pages: an AIWorkflow shows overview, safety,
 * actions, eval gate, reuse, error budget, lineage, contributors,
 * outcomes; a PromptLibrary overview, reuse, prompts.
 */
export const entityCards = [
  workflowOverviewCard,
  libraryOverviewCard,
  workflowSafetyCard,
  workflowActionsCard,
  workflowEvalGateCard,
  reuseCard,
  workflowErrorBudgetCard,
  workflowLineageCard,
  workflowContributorsCard,
  workflowOutcomesCard,
  libraryPromptsCard,
  guildCard,
];
