import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { marketplaceApiRef, MarketplaceClient } from './api';
import { rootRouteRef } from './routes';

/** The AI Marketplace frontend plugin. */
export const aiMarketplacePlugin = createPlugin({
  id: 'ai-marketplace',
  apis: [
    createApiFactory({
      api: marketplaceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new MarketplaceClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/**
 * The marketplace (browse and search AI workflows and prompt libraries), the
 * platform dashboard at `insights` and guild pages at `guilds/:namespace/:name`.
 */
export const AIMarketplacePage = aiMarketplacePlugin.provide(
  createRoutableExtension({
    name: 'AIMarketplacePage',
    component: () => import('./components/Router').then(m => m.Router),
    mountPoint: rootRouteRef,
  }),
);

/**
 * Who owns an AIWorkflow and what it is built from: credit line, owner,
 * business owner, DRI, sponsor, function, guild, lineage, models, prompts.
 */
export const EntityAIWorkflowOverviewCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityAIWorkflowOverviewCard',
    component: {
      lazy: () =>
        import('./components/AIWorkflowOverviewCard').then(
          m => m.AIWorkflowOverviewCard,
        ),
    },
  }),
);

/**
 * How an AIWorkflow is kept safe: tiers in plain words, approval,
 * evaluation, kill switch, rollback, error budget, escalation.
 */
export const EntityAIWorkflowSafetyCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityAIWorkflowSafetyCard',
    component: {
      lazy: () =>
        import('./components/AIWorkflowSafetyCard').then(
          m => m.AIWorkflowSafetyCard,
        ),
    },
  }),
);

/** The business numbers an AIWorkflow targets, baseline → target. */
export const EntityAIWorkflowOutcomesCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityAIWorkflowOutcomesCard',
    component: {
      lazy: () =>
        import('./components/AIWorkflowOutcomesCard').then(
          m => m.AIWorkflowOutcomesCard,
        ),
    },
  }),
);

/** The contribution log of an AIWorkflow, owning team first. */
export const EntityAIWorkflowContributorsCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityAIWorkflowContributorsCard',
    component: {
      lazy: () =>
        import('./components/AIWorkflowContributorsCard').then(
          m => m.AIWorkflowContributorsCard,
        ),
    },
  }),
);

/** Owner, curating guild and review status of a PromptLibrary. */
export const EntityPromptLibraryOverviewCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityPromptLibraryOverviewCard',
    component: {
      lazy: () =>
        import('./components/PromptLibraryOverviewCard').then(
          m => m.PromptLibraryOverviewCard,
        ),
    },
  }),
);

/**
 * Every prompt of a PromptLibrary, filterable: templates, variables, a form
 * that renders the prompt, Copy, curation marks and (for guild leads) actions.
 */
export const EntityPromptLibraryPromptsCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityPromptLibraryPromptsCard',
    component: {
      lazy: () =>
        import('./components/PromptLibraryPromptsCard').then(
          m => m.PromptLibraryPromptsCard,
        ),
    },
  }),
);

/**
 * Whether an AIWorkflow's evaluation gate holds: the latest result against
 * the threshold and its age, with a year of history.
 */
export const EntityAIWorkflowEvalGateCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityAIWorkflowEvalGateCard',
    component: {
      lazy: () =>
        import('./components/AIWorkflowEvalGateCard').then(
          m => m.AIWorkflowEvalGateCard,
        ),
    },
  }),
);

/** An AIWorkflow's incidents in its error-budget period against the budget. */
export const EntityAIWorkflowErrorBudgetCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityAIWorkflowErrorBudgetCard',
    component: {
      lazy: () =>
        import('./components/AIWorkflowErrorBudgetCard').then(
          m => m.AIWorkflowErrorBudgetCard,
        ),
    },
  }),
);

/** What an AIWorkflow was derived from and its derivations, with owning teams. */
export const EntityAIWorkflowLineageCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityAIWorkflowLineageCard',
    component: {
      lazy: () =>
        import('./components/AIWorkflowLineageCard').then(
          m => m.AIWorkflowLineageCard,
        ),
    },
  }),
);

/** Adopt an AIWorkflow, or log an experiment with it, for one of your teams. */
export const EntityAIWorkflowActionsCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityAIWorkflowActionsCard',
    component: {
      lazy: () =>
        import('./components/AIWorkflowActionsCard').then(
          m => m.AIWorkflowActionsCard,
        ),
    },
  }),
);

/** Which teams use an AIWorkflow or PromptLibrary, by event type, over time. */
export const EntityReuseCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityReuseCard',
    component: {
      lazy: () => import('./components/ReuseCard').then(m => m.ReuseCard),
    },
  }),
);

/**
 * The readiness scorecard of an AIWorkflow or PromptLibrary: level, checks
 * with reason and fix, the next level, and exemptions.
 */
export const EntityReadinessScorecardCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityReadinessScorecardCard',
    component: {
      lazy: () =>
        import('./components/ReadinessScorecardCard').then(
          m => m.ReadinessScorecardCard,
        ),
    },
  }),
);

/**
 * For the Group page of a guild (`spec.type: guild`): leads, members by
 * team, curation queue, curated assets and their reuse, linking to the
 * guild's full page.
 */
export const EntityGuildCard = aiMarketplacePlugin.provide(
  createComponentExtension({
    name: 'EntityGuildCard',
    component: {
      lazy: () => import('./components/GuildCard').then(m => m.GuildCard),
    },
  }),
);
