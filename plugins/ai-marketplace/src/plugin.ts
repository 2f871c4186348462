import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
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

/** Every prompt of a PromptLibrary, filterable, with templates and variables. */
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
