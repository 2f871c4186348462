import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
  ScmAuth,
} from '@backstage/integration-react';
import {
  AnyApiFactory,
  configApiRef,
  createApiFactory,
} from '@backstage/core-plugin-api';
import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  catalogGraphApiRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';
import { AI_MARKETPLACE_RELATION_PAIRS } from '@ai-marketplace/plugin-ai-marketplace-common';

export const apis: AnyApiFactory[] = [
  createApiFactory({
    api: scmIntegrationsApiRef,
    deps: { configApi: configApiRef },
    factory: ({ configApi }) => ScmIntegrationsApi.fromConfig(configApi),
  }),
  ScmAuth.createDefaultApiFactory(),
  // Every graph in the portal (entity cards and the Graph page) draws the AI
  // Marketplace relations too (curatedBy, derivedFrom, hasDri, ...), each
  // pair as one edge.
  createApiFactory({
    api: catalogGraphApiRef,
    deps: {},
    factory: () =>
      new DefaultCatalogGraphApi({
        knownRelations: [
          ...ALL_RELATIONS,
          ...AI_MARKETPLACE_RELATION_PAIRS.flat(),
        ],
        knownRelationPairs: [
          ...ALL_RELATION_PAIRS,
          ...AI_MARKETPLACE_RELATION_PAIRS,
        ],
        defaultRelationTypes: { exclude: [] },
      }),
  }),
];
