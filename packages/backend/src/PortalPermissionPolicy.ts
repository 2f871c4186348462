import {
  aiMarketplaceAssetConditions,
  aiMarketplaceAssetPermissionResourceRef,
  createAiMarketplaceAssetConditionalDecision,
} from '@ai-marketplace/plugin-ai-marketplace-backend';
import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';

/** The portal's central AI team: its members administer the marketplace. */
export const ADMIN_GROUP = 'group:default/ai-platform';

/**
 * The demo portal's policy. Curating an AI Marketplace asset (featuring,
 * deprecating, reviewing it) is for admins — members of the central AI team —
 * and otherwise for the leads of the asset's guild; everything else is
 * allowed.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      isResourcePermission(
        request.permission,
        aiMarketplaceAssetPermissionResourceRef.resourceType,
      )
    ) {
      if (!user) {
        return { result: AuthorizeResult.DENY };
      }
      // The user and the groups sign-in resolved them to (memberOf in the catalog).
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      const claims = ownershipEntityRefs.map(ref =>
        ref.toLocaleLowerCase('en-US'),
      );
      if (claims.includes(ADMIN_GROUP)) {
        return { result: AuthorizeResult.ALLOW };
      }
      return createAiMarketplaceAssetConditionalDecision(
        request.permission,
        aiMarketplaceAssetConditions.isGuildLeadOfAssetGuild({ claims }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
