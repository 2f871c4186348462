import { Entity } from '@backstage/catalog-model';
import { aiMarketplaceAssetConditions } from './conditionExports';
import { isGuildLeadOfAssetGuild } from './rules';

const asset: Entity = {
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'PromptLibrary',
  metadata: { name: 'support-prompts' },
  spec: { guild: 'group:default/support-automation-guild' },
};

const resource = (guildLeads: string[]) => ({ entity: asset, guildLeads });

describe('isGuildLeadOfAssetGuild', () => {
  const leads = resource(['user:default/sam.chen', 'user:default/daniel.kim']);

  it('applies when one of the claims is a lead of the asset guild', () => {
    expect(
      isGuildLeadOfAssetGuild.apply(leads, {
        claims: ['group:default/customer-support', 'user:default/daniel.kim'],
      }),
    ).toBe(true);
  });

  it('compares refs as the catalog does: case-insensitive, kind and namespace defaulted', () => {
    expect(
      isGuildLeadOfAssetGuild.apply(leads, {
        claims: ['User:default/Sam.Chen'],
      }),
    ).toBe(true);
    expect(isGuildLeadOfAssetGuild.apply(leads, { claims: ['sam.chen'] })).toBe(
      true,
    );
  });

  it('does not apply to members who are not leads, nor to a group claim', () => {
    expect(
      isGuildLeadOfAssetGuild.apply(leads, {
        claims: [
          'user:default/maria.lopez',
          'group:default/support-automation-guild',
        ],
      }),
    ).toBe(false);
    expect(isGuildLeadOfAssetGuild.apply(leads, { claims: [] })).toBe(false);
  });

  it('does not apply when the guild names no leads (or there is no guild)', () => {
    expect(
      isGuildLeadOfAssetGuild.apply(resource([]), {
        claims: ['user:default/sam.chen'],
      }),
    ).toBe(false);
  });

  it('ignores a claim that is not an entity ref', () => {
    expect(
      isGuildLeadOfAssetGuild.apply(leads, {
        claims: ['user:', 'user:default/sam.chen'],
      }),
    ).toBe(true);
    expect(isGuildLeadOfAssetGuild.apply(leads, { claims: ['user:'] })).toBe(
      false,
    );
  });

  it('translates to a filter on guild leads, with the claims normalised', () => {
    expect(
      isGuildLeadOfAssetGuild.toQuery({ claims: ['Sam.Chen', 'user:'] }),
    ).toEqual({ key: 'guildLeads', values: ['user:default/sam.chen'] });
  });

  it('is the condition policies get, on the asset resource type', () => {
    expect(
      aiMarketplaceAssetConditions.isGuildLeadOfAssetGuild({
        claims: ['user:default/sam.chen'],
      }),
    ).toEqual({
      rule: 'IS_GUILD_LEAD_OF_ASSET_GUILD',
      resourceType: 'ai-marketplace-asset',
      params: { claims: ['user:default/sam.chen'] },
    });
  });
});
