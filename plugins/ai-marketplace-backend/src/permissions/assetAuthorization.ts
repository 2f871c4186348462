import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { AiMarketplaceAssetResource } from './assetResource';
import { guildRefOf } from './loadAssetResources';

/**
 * The policy's answer on a permission over assets. A flat DENY is a 403 at
 * once, before any catalog read; ALLOW or CONDITIONAL is returned to be
 * applied to the asset with `assertAllowedOnAsset`.
 */
export async function assetPolicyDecision(
  permissions: PermissionsService,
  permission: ResourcePermission,
  credentials: BackstageCredentials,
): Promise<PolicyDecision> {
  const [decision] = await permissions.authorizeConditional([{ permission }], {
    credentials,
  });
  if (decision.result === AuthorizeResult.DENY) {
    throw new NotAllowedError(`You are not allowed to ${permission.name}`);
  }
  return decision;
}

/**
 * Applies the policy's decision to one asset and its guild's leads, or
 * throws a 403 saying who may (`action` reads e.g. "curate"). An asset gone
 * from the catalog has no guild: only an unconditional ALLOW covers it.
 */
export function assertAllowedOnAsset(options: {
  isAuthorized: (
    decision: PolicyDecision,
    resource: AiMarketplaceAssetResource,
  ) => boolean;
  decision: PolicyDecision;
  resource: AiMarketplaceAssetResource | undefined;
  entityRef: string;
  action: string;
}): void {
  const { isAuthorized, decision, resource, entityRef, action } = options;
  const allowed = resource
    ? isAuthorized(decision, resource)
    : decision.result === AuthorizeResult.ALLOW;
  if (!allowed) {
    const guildRef = resource && guildRefOf(resource.entity);
    throw new NotAllowedError(
      guildRef
        ? `You are not allowed to ${action} ${entityRef}: only the leads of ${guildRef} and admins may`
        : `You are not allowed to ${action} ${entityRef}: it has no guild, so only admins may`,
    );
  }
}
