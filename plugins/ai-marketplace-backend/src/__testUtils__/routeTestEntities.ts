import { Entity } from '@backstage/catalog-model';

/**
 * The catalog the route tests run against: sam.chen (customer-support and
 * a guild), maria.lopez (sales), one workflow of sales, one prompt library
 * of customer-support, and a Component that is no AI asset.
 */
export const ROUTE_TEST_ENTITIES: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'sam.chen' },
    spec: {},
    relations: [
      { type: 'memberOf', targetRef: 'group:default/customer-support' },
      { type: 'memberOf', targetRef: 'group:default/support-automation-guild' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'maria.lopez' },
    spec: {},
    relations: [{ type: 'memberOf', targetRef: 'group:default/sales' }],
  },
  {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'AIWorkflow',
    metadata: { name: 'sales-inbox-triage' },
    spec: {
      type: 'assistant',
      lifecycle: 'production',
      owner: 'group:default/sales',
      function: 'sales',
      actionTier: 'recommend',
      riskTier: 'low',
    },
  },
  {
    apiVersion: 'ai-marketplace.io/v1alpha1',
    kind: 'PromptLibrary',
    metadata: { name: 'support-prompts' },
    spec: {
      lifecycle: 'production',
      owner: 'customer-support',
      function: 'support',
      prompts: [
        { id: 'first-response', title: 'First response', template: 'Hi' },
      ],
    },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'billing-api' },
    spec: {
      type: 'service',
      owner: 'group:default/finance',
      lifecycle: 'production',
    },
  },
];
