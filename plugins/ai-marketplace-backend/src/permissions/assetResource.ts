import { AI_MARKETPLACE_ASSET_RESOURCE_TYPE } from '@ai-marketplace/plugin-ai-marketplace-common';
import { Entity } from '@backstage/catalog-model';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';

/**
 * What a rule about an asset sees: the AIWorkflow or PromptLibrary entity,
 * and the leads of the guild named by its `spec.guild` (normalised user refs,
 * empty when it has no guild or the guild names no leads). The leads live on
 * another entity, so they are loaded with the asset.
 */
export type AiMarketplaceAssetResource = {
  entity: Entity;
  guildLeads: string[];
};

/**
 * A filter over assets in the catalog's `{ key, values }` shape, e.g. "assets
 * whose guild is led by one of these users", for listing assets by a rule.
 */
export type AiMarketplaceAssetFilter = {
  key: string;
  values: string[];
};

/** The AI Marketplace asset, as a resource of the permission framework. */
export const aiMarketplaceAssetPermissionResourceRef =
  createPermissionResourceRef<
    AiMarketplaceAssetResource,
    AiMarketplaceAssetFilter
  >().with({
    pluginId: 'ai-marketplace',
    resourceType: AI_MARKETPLACE_ASSET_RESOURCE_TYPE,
  });
