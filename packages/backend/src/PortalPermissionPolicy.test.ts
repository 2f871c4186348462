import {
  aiMarketplaceAssetPermissionResourceRef,
  isGuildLeadOfAssetGuild,
} from '@ai-marketplace/plugin-ai-marketplace-backend';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { PortalPermissionPolicy } from './PortalPermissionPolicy';

/** As the AI Marketplace common package defines it. */
const curate = createPermission({
  name: 'ai-marketplace.curation-decision.create',
  attributes: { action: 'create' },
  resourceType: aiMarketplaceAssetPermissionResourceRef.resourceType,
});
const readKpis = createPermission({
  name: 'ai-marketplace.kpi.read',
  attributes: { action: 'read' },
});

const SAM = 'user:default/sam.chen';

/** The policy's decision for a user whose sign-in resolved these refs. */
async function decide(
  permission: typeof curate | typeof readKpis,
  userRef: string | undefined,
  ownershipEntityRefs: string[] = [],
): Promise<PolicyDecision> {
  const userInfo = mockServices.userInfo({
    ownershipEntityRefs: userRef ? [userRef, ...ownershipEntityRefs] : [],
  });
  const policy = new PortalPermissionPolicy(userInfo);
  if (!userRef) {
    return policy.handle({ permission });
  }
  return policy.handle(
    { permission },
    {
      credentials: mockCredentials.user(userRef),
      info: { userEntityRef: userRef, ownershipEntityRefs: [] },
    },
  );
}

// What the AI Marketplace backend applies a conditional decision to: the
// asset and its guild's leads (as in catalog-info/guilds.yaml: sam.chen leads
// support-automation-guild; ai-risk-guild names no leads).
const supportPrompts = {
  entity: {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name: 'support-prompts' },
    spec: { guild: 'group:default/support-automation-guild' },
  },
  guildLeads: ['user:default/sam.chen', 'user:default/daniel.kim'],
};
const legalPrompts = {
  entity: {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name: 'legal-prompts' },
    spec: { guild: 'group:default/ai-risk-guild' },
  },
  guildLeads: [],
};
const authorize = createConditionAuthorizer({
  getRuleByName: () => isGuildLeadOfAssetGuild,
});

describe('PortalPermissionPolicy', () => {
  it('allows admins (members of the central AI team) to curate any asset', async () => {
    const decision = await decide(curate, 'user:default/ada.admin', [
      'group:default/ai-platform',
    ]);
    expect(decision).toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('lets everyone else curate only the assets of the guilds they lead', async () => {
    const decision = await decide(curate, SAM, [
      'group:default/customer-support',
      'group:default/support-automation-guild',
    ]);
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'ai-marketplace',
      resourceType: 'ai-marketplace-asset',
      conditions: {
        rule: 'IS_GUILD_LEAD_OF_ASSET_GUILD',
        resourceType: 'ai-marketplace-asset',
        params: {
          claims: [
            SAM,
            'group:default/customer-support',
            'group:default/support-automation-guild',
          ],
        },
      },
    });
    expect(authorize(decision, supportPrompts)).toBe(true);
    expect(authorize(decision, legalPrompts)).toBe(false);

    const member = await decide(curate, 'user:default/maria.lopez', [
      'group:default/support-automation-guild',
    ]);
    expect(authorize(member, supportPrompts)).toBe(false);
  });

  it('denies curation without a user', async () => {
    expect(await decide(curate, undefined)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('allows everything else, as before', async () => {
    expect(await decide(readKpis, SAM)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await decide(readKpis, undefined)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });
});
