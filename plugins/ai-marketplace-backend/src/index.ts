/**
 * The AI Marketplace backend plugin: reuse events and their summaries.
 *
 * @packageDocumentation
 */

export { aiMarketplacePlugin as default } from './plugin';
export {
  aiMarketplaceAssetConditions,
  createAiMarketplaceAssetConditionalDecision,
} from './permissions/conditionExports';
export {
  aiMarketplaceAssetPermissionRules,
  isGuildLeadOfAssetGuild,
} from './permissions/rules';
export { aiMarketplaceAssetPermissionResourceRef } from './permissions/assetResource';
export type {
  AiMarketplaceAssetFilter,
  AiMarketplaceAssetResource,
} from './permissions/assetResource';
