import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The resource type of curation: an AI Marketplace asset (AIWorkflow or
 * PromptLibrary), identified by its entity ref. Conditional decisions on it
 * use the rules the backend registers (e.g. "is guild lead of the asset's guild").
 */
export const AI_MARKETPLACE_ASSET_RESOURCE_TYPE = 'ai-marketplace-asset';

/** Recording that a team viewed, copied, adopted, forked or invoked an asset. */
export const reuseEventCreatePermission = createPermission({
  name: 'ai-marketplace.reuse-event.create',
  attributes: { action: 'create' },
});

/** Starting and finishing experiments with an asset, for one of your teams. */
export const experimentWritePermission = createPermission({
  name: 'ai-marketplace.experiment.write',
  attributes: { action: 'create' },
});

/** Posting evaluation results of a workflow (typically CI, with a service token). */
export const evaluationResultCreatePermission = createPermission({
  name: 'ai-marketplace.evaluation-result.create',
  attributes: { action: 'create' },
});

/** Reporting an AI incident against a workflow. */
export const incidentCreatePermission = createPermission({
  name: 'ai-marketplace.incident.create',
  attributes: { action: 'create' },
});

/**
 * Featuring, deprecating or reviewing an asset or one of its prompts. A
 * resource permission: policies usually grant it conditionally, to the leads
 * of the asset's guild, and unconditionally to admins.
 */
export const curationDecisionCreatePermission = createPermission({
  name: 'ai-marketplace.curation-decision.create',
  attributes: { action: 'create' },
  resourceType: AI_MARKETPLACE_ASSET_RESOURCE_TYPE,
});

/** Reading reuse summaries, records and the coordination KPIs. */
export const kpiReadPermission = createPermission({
  name: 'ai-marketplace.kpi.read',
  attributes: { action: 'read' },
});

/** Recomputing one asset's readiness scorecard now, instead of at the next scheduled run. */
export const scorecardRecomputePermission = createPermission({
  name: 'ai-marketplace.scorecard.recompute',
  attributes: { action: 'update' },
});

/**
 * Exempting an asset from a readiness check, and revoking the exemption. A
 * resource permission of the asset, like curation: policies usually grant it
 * conditionally, to the leads of the asset's guild, and to admins.
 */
export const scorecardExemptionManagePermission = createPermission({
  name: 'ai-marketplace.scorecard-exemption.manage',
  attributes: { action: 'update' },
  resourceType: AI_MARKETPLACE_ASSET_RESOURCE_TYPE,
});

/** Every permission of the AI Marketplace, for registration. */
export const aiMarketplacePermissions = [
  reuseEventCreatePermission,
  experimentWritePermission,
  evaluationResultCreatePermission,
  incidentCreatePermission,
  curationDecisionCreatePermission,
  kpiReadPermission,
  scorecardRecomputePermission,
  scorecardExemptionManagePermission,
];
