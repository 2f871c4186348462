import StorefrontIcon from '@material-ui/icons/Storefront';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { guildRouteRef, insightsRouteRef, rootRouteRef } from './routes';
import { marketplaceApi } from './alpha/apis';
import { marketplacePage } from './alpha/pages';
import { entityCards } from './alpha/entityCards';
import { readinessContent } from './alpha/entityContents';

/**
 * The AI Marketplace for apps on Backstage's new frontend system: the
 * marketplace API, the marketplace page (also the nav item "AI
 * Marketplace"), the AIWorkflow, PromptLibrary and guild cards and the
 * Readiness tab of AIWorkflow and PromptLibrary pages.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'ai-marketplace',
  title: 'AI Marketplace',
  icon: <StorefrontIcon fontSize="inherit" />,
  // The legacy route refs work in both systems (core-plugin-api creates
  // them so), which keeps the components' links working unchanged.
  routes: {
    root: rootRouteRef,
    insights: insightsRouteRef,
    guild: guildRouteRef,
  },
  extensions: [
    marketplaceApi,
    marketplacePage,
    ...entityCards,
    readinessContent,
  ],
});
