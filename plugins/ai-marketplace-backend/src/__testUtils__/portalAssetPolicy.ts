import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  aiMarketplaceAssetConditions,
  createAiMarketplaceAssetConditionalDecision,
} from '../permissions/conditionExports';

/** The user a mock permission service sees in the caller's credentials. */
export function userOf(credentials: BackstageCredentials): string | undefined {
  return (credentials.principal as { userEntityRef?: string })?.userEntityRef;
}

/**
 * `authorizeConditional` as the portal's policy answers one resource
 * permission on assets: the admin may, the blocked user and every other
 * permission may not, anyone else if they lead the asset's guild.
 */
export function portalAssetPolicy(options: {
  permission: ResourcePermission<'ai-marketplace-asset'>;
  admin: string;
  blocked: string;
}): PermissionsService['authorizeConditional'] {
  return async (requests, { credentials }) =>
    requests.map(({ permission }) => {
      const user = userOf(credentials);
      if (
        !isPermission(permission, options.permission) ||
        user === options.blocked
      ) {
        return { result: AuthorizeResult.DENY };
      }
      if (user === options.admin) {
        return { result: AuthorizeResult.ALLOW };
      }
      return createAiMarketplaceAssetConditionalDecision(
        permission,
        aiMarketplaceAssetConditions.isGuildLeadOfAssetGuild({
          claims: user ? [user] : [],
        }),
      );
    });
}
