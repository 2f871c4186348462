import {
  curationDecisionCreatePermission,
  scorecardExemptionManagePermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  AuthService,
  PermissionsRegistryService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import {
  AiMarketplaceAssetFilter,
  AiMarketplaceAssetResource,
  aiMarketplaceAssetPermissionResourceRef,
} from './assetResource';
import { loadAssetResources } from './loadAssetResources';
import { aiMarketplaceAssetPermissionRules } from './rules';

/**
 * Registers the asset resource type with its rules and its permission, so
 * that policies can return conditions on assets, and so that the permission
 * backend can resolve them for a resource ref (loading the assets as this
 * plugin). Returns the ruleset the routes apply conditional decisions with,
 * which includes rules that modules add for the resource type.
 */
export function registerAssetResourceType(options: {
  permissionsRegistry: PermissionsRegistryService;
  auth: AuthService;
  catalog: CatalogService;
}): PermissionRuleset<AiMarketplaceAssetResource, AiMarketplaceAssetFilter> {
  const { permissionsRegistry, auth, catalog } = options;
  permissionsRegistry.addResourceType({
    resourceRef: aiMarketplaceAssetPermissionResourceRef,
    // Registered by name: also being in the plugin's full list is harmless.
    permissions: [
      curationDecisionCreatePermission,
      scorecardExemptionManagePermission,
    ],
    rules: Object.values(aiMarketplaceAssetPermissionRules),
    getResources: async resourceRefs =>
      loadAssetResources(
        catalog,
        await auth.getOwnServiceCredentials(),
        resourceRefs,
      ),
  });
  return permissionsRegistry.getPermissionRuleset(
    aiMarketplaceAssetPermissionResourceRef,
  );
}
