import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The marketplace: browse and search AI workflows and prompt libraries. */
export const rootRouteRef = createRouteRef({ id: 'ai-marketplace' });

/** The platform team's dashboard of coordination KPIs and readiness. */
export const insightsRouteRef = createSubRouteRef({
  id: 'ai-marketplace/insights',
  parent: rootRouteRef,
  path: '/insights',
});

/** One guild: leads, members, libraries, curation queue, reuse. */
export const guildRouteRef = createSubRouteRef({
  id: 'ai-marketplace/guild',
  parent: rootRouteRef,
  path: '/guilds/:namespace/:name',
});
