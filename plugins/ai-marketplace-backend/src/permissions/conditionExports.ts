import { createConditionExports } from '@backstage/plugin-permission-node';
import { aiMarketplaceAssetPermissionResourceRef } from './assetResource';
import { aiMarketplaceAssetPermissionRules } from './rules';

const { conditions, createConditionalDecision } = createConditionExports({
  resourceRef: aiMarketplaceAssetPermissionResourceRef,
  rules: aiMarketplaceAssetPermissionRules,
});

/**
 * Conditions on AI Marketplace assets for permission policies, e.g.
 * `aiMarketplaceAssetConditions.isGuildLeadOfAssetGuild({ claims })`.
 */
export const aiMarketplaceAssetConditions = conditions;

/** Wraps asset conditions into the conditional decision a policy returns. */
export const createAiMarketplaceAssetConditionalDecision =
  createConditionalDecision;
