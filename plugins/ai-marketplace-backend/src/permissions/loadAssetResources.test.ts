import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadAssetResources } from './loadAssetResources';

const library = (name: string, guild?: string): Entity => ({
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'PromptLibrary',
  metadata: { name },
  spec: {
    lifecycle: 'production',
    owner: 'group:default/customer-support',
    function: 'support',
    prompts: [],
    ...(guild ? { guild } : {}),
  },
});

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'support-automation-guild',
      annotations: {
        'ai-marketplace.io/guild-leads': 'Sam.Chen, user:default/daniel.kim,',
      },
    },
    spec: { type: 'guild', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ai-risk-guild' },
    spec: { type: 'guild', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'not-a-guild',
      annotations: { 'ai-marketplace.io/guild-leads': 'user:default/mallory' },
    },
    spec: { type: 'service', owner: 'x', lifecycle: 'production' },
  },
  library('support-prompts', 'support-automation-guild'),
  library('sales-prompts', 'group:default/support-automation-guild'),
  library('legal-prompts', 'group:default/ai-risk-guild'),
  library('hr-prompts'),
  library('orphan-prompts', 'group:default/gone-guild'),
  library('odd-prompts', 'component:default/not-a-guild'),
];

describe('loadAssetResources', () => {
  it("loads each asset with its guild's leads, normalised", async () => {
    const catalog = catalogServiceMock({ entities });
    const resources = await loadAssetResources(
      catalog,
      mockCredentials.service(),
      [
        'promptlibrary:default/support-prompts',
        'promptlibrary:default/sales-prompts',
        'promptlibrary:default/legal-prompts',
        'promptlibrary:default/hr-prompts',
        'promptlibrary:default/orphan-prompts',
        'promptlibrary:default/odd-prompts',
      ],
    );
    expect(resources.map(r => r?.guildLeads)).toEqual([
      ['user:default/sam.chen', 'user:default/daniel.kim'],
      ['user:default/sam.chen', 'user:default/daniel.kim'],
      [],
      [],
      [],
      [],
    ]);
    expect(resources[0]?.entity.metadata.name).toBe('support-prompts');
  });

  it('fetches a guild shared by several assets once', async () => {
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: async ({ entityRefs }) => ({
        items: entityRefs.map(ref =>
          entities.find(
            e => `${e.kind}:default/${e.metadata.name}`.toLowerCase() === ref,
          ),
        ),
      }),
    });
    await loadAssetResources(catalog, mockCredentials.service(), [
      'promptlibrary:default/support-prompts',
      'promptlibrary:default/sales-prompts',
    ]);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(2);
    expect(catalog.getEntitiesByRefs).toHaveBeenLastCalledWith(
      { entityRefs: ['group:default/support-automation-guild'] },
      expect.anything(),
    );
  });

  it('gives undefined for a ref that is not an AI Marketplace asset', async () => {
    const catalog = catalogServiceMock({ entities });
    expect(
      await loadAssetResources(catalog, mockCredentials.service(), [
        'component:default/not-a-guild',
        'promptlibrary:default/missing',
      ]),
    ).toEqual([undefined, undefined]);
  });
});
