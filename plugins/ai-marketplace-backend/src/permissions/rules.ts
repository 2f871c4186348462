import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { aiMarketplaceAssetPermissionResourceRef } from './assetResource';

/** A user or group ref in the form the leads are kept in; undefined if it does not parse. */
function normalisedClaim(ref: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind: 'user', defaultNamespace: 'default' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/**
 * Allows the leads of the asset's guild: the caller's claims (a policy passes
 * `user.identity.ownershipEntityRefs`) include one of the users named in the
 * `ai-marketplace.io/guild-leads` annotation of the Group in `spec.guild`.
 * An asset without a guild, or whose guild names no leads, has no leads.
 */
export const isGuildLeadOfAssetGuild = createPermissionRule({
  name: 'IS_GUILD_LEAD_OF_ASSET_GUILD',
  description:
    "Allow the leads of the asset's guild (the ai-marketplace.io/guild-leads annotation of the Group in spec.guild)",
  resourceRef: aiMarketplaceAssetPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        "The caller's user and group refs; one of them must be a lead of the asset's guild",
      ),
  }),
  apply: (resource, { claims }) => {
    const leads = new Set(resource.guildLeads);
    return claims.some(claim => {
      const ref = normalisedClaim(claim);
      return ref !== undefined && leads.has(ref);
    });
  },
  toQuery: ({ claims }) => ({
    key: 'guildLeads',
    values: claims.flatMap(claim => normalisedClaim(claim) ?? []),
  }),
});

/** Every rule about AI Marketplace assets, for registration. */
export const aiMarketplaceAssetPermissionRules = { isGuildLeadOfAssetGuild };
