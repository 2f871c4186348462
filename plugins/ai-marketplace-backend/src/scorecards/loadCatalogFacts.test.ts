import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { library, prompt, workflow } from './__testUtils__/readinessFixtures';
import { loadCatalogFacts } from './loadCatalogFacts';

const entity = (
  kind: string,
  name: string,
  extra: Partial<Entity> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, ...extra.metadata },
  spec: extra.spec ?? {},
});

const entities: Entity[] = [
  entity('User', 'maria.lopez'),
  entity('User', 'sam.chen'),
  entity('User', 'daniel.kim'),
  entity('User', 'not-referenced'),
  entity('Group', 'customer-support', { spec: { type: 'team' } }),
  entity('Group', 'support-automation-guild', {
    metadata: {
      name: 'support-automation-guild',
      annotations: {
        'ai-marketplace.io/guild-leads': 'sam.chen, user:default/daniel.kim',
      },
    },
    spec: { type: 'guild' },
  }),
  entity('Resource', 'gpt-4o-mini', {
    metadata: {
      name: 'gpt-4o-mini',
      annotations: { 'ai-marketplace.io/model-approval': 'approved' },
    },
    spec: { type: 'ai-model' },
  }),
  entity('Component', 'homegrown-model', { spec: { type: 'service' } }),
];

describe('loadCatalogFacts', () => {
  it('fetches what the assets point at, once per ref, and the leads of their guilds', async () => {
    const catalog = catalogServiceMock({ entities });
    const spy = jest.spyOn(catalog, 'getEntitiesByRefs');
    const facts = await loadCatalogFacts(catalog, mockCredentials.service(), [
      workflow({ dri: 'user:default/maria.lopez' }),
      workflow({
        models: ['component:default/homegrown-model', 'gpt-4o-mini'],
      }),
      library({
        prompts: [prompt('a', { models: ['resource:default/gone'] })],
      }),
    ]);
    // daniel.kim is named only as a guild lead: fetched in a second round.
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy.mock.calls[1][0].entityRefs).toEqual([
      'user:default/daniel.kim',
    ]);
    expect([...facts.users].sort()).toEqual([
      'user:default/daniel.kim',
      'user:default/maria.lopez',
      'user:default/sam.chen',
    ]);
    expect(facts.groups).toEqual(
      new Map([
        ['group:default/customer-support', { type: 'team', leads: [] }],
        [
          'group:default/support-automation-guild',
          {
            type: 'guild',
            leads: ['user:default/sam.chen', 'user:default/daniel.kim'],
          },
        ],
      ]),
    );
    expect(facts.models).toEqual(
      new Map([
        ['resource:default/gpt-4o-mini', { approval: 'approved' }],
        ['component:default/homegrown-model', {}],
      ]),
    );
  });
});
