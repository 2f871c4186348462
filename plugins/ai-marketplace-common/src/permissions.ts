import { createPermission } from '@backstage/plugin-permission-common';

/** Recording that a team viewed, copied, adopted, forked or invoked an asset. */
export const reuseEventCreatePermission = createPermission({
  name: 'ai-marketplace.reuse-event.create',
  attributes: { action: 'create' },
});

/** Reading reuse summaries and the coordination KPIs. */
export const kpiReadPermission = createPermission({
  name: 'ai-marketplace.kpi.read',
  attributes: { action: 'read' },
});

/** Every permission of the AI Marketplace, for registration. */
export const aiMarketplacePermissions = [
  reuseEventCreatePermission,
  kpiReadPermission,
];
