import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { aiMarketplacePlugin } from '../plugin';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'support-automation-guild',
      annotations: { 'ai-marketplace.io/guild-leads': 'user:default/sam.chen' },
    },
    spec: { type: 'guild', children: [] },
  },
  {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name: 'support-prompts' },
    spec: {
      lifecycle: 'production',
      owner: 'group:default/customer-support',
      function: 'support',
      guild: 'group:default/support-automation-guild',
      prompts: [],
    },
  },
];

async function startBackend() {
  const { server } = await startTestBackend({
    features: [
      aiMarketplacePlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.permissions.factory(),
    ],
  });
  return server;
}

const WELL_KNOWN = '/api/ai-marketplace/.well-known/backstage/permissions';

describe('the asset resource type, as the permission backend sees it', () => {
  it('lists the rule and each permission once in the plugin metadata', async () => {
    const server = await startBackend();
    const res = await request(server)
      .get(`${WELL_KNOWN}/metadata`)
      .set('Authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
    expect(res.body.rules).toEqual([
      expect.objectContaining({
        name: 'IS_GUILD_LEAD_OF_ASSET_GUILD',
        resourceType: 'ai-marketplace-asset',
      }),
    ]);
    const names = res.body.permissions.map((p: { name: string }) => p.name);
    expect(names).toContain('ai-marketplace.curation-decision.create');
    expect(new Set(names).size).toBe(names.length);
  });

  it("applies a condition to an asset ref, loading the asset and its guild's leads", async () => {
    const server = await startBackend();
    const condition = (claims: string[]) => ({
      rule: 'IS_GUILD_LEAD_OF_ASSET_GUILD',
      resourceType: 'ai-marketplace-asset',
      params: { claims },
    });
    const res = await request(server)
      .post(`${WELL_KNOWN}/apply-conditions`)
      .set('Authorization', mockCredentials.service.header())
      .send({
        items: [
          {
            id: 'lead',
            resourceRef: 'promptlibrary:default/support-prompts',
            resourceType: 'ai-marketplace-asset',
            conditions: condition(['user:default/sam.chen']),
          },
          {
            id: 'member',
            resourceRef: 'promptlibrary:default/support-prompts',
            resourceType: 'ai-marketplace-asset',
            conditions: condition(['user:default/maria.lopez']),
          },
          {
            id: 'missing',
            resourceRef: 'promptlibrary:default/nope',
            resourceType: 'ai-marketplace-asset',
            conditions: condition(['user:default/sam.chen']),
          },
        ],
      });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { id: 'lead', result: 'ALLOW' },
      { id: 'member', result: 'DENY' },
      { id: 'missing', result: 'DENY' },
    ]);
  });
});
