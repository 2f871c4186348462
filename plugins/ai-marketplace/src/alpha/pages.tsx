import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { rootRouteRef } from '../routes';

/**
 * The marketplace, the platform dashboard at `insights` and guild pages at
 * `guilds/:namespace/:name`: the same Router the legacy AIMarketplacePage
 * mounts. With the plugin's title and icon (createFrontendPlugin) and its
 * route ref, the app's nav lists this page as "AI Marketplace".
 */
export const marketplacePage = PageBlueprint.make({
  params: {
    path: '/ai-marketplace',
    routeRef: rootRouteRef,
    // Each of the three pages renders its own Page and Header (they are
    // shared with the legacy plugin), so the framework's header would be a
    // second one.
    noHeader: true,
    loader: () => import('../components/Router').then(m => <m.Router />),
  },
});
