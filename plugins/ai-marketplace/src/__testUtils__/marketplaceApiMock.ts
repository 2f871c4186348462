import type { MarketplaceApi } from '../api';

const METHODS: Array<keyof MarketplaceApi> = [
  'recordReuseEvent',
  'getReuseSummary',
  'startExperiment',
  'finishExperiment',
  'listExperiments',
  'listEvaluationResults',
  'listIncidents',
  'getCuration',
  'recordCurationDecision',
  'getDuplicates',
  'getKpi',
  'getScorecardCatalogue',
  'getEntityScorecard',
  'recomputeEntityScorecard',
  'getEntityScorecardTrend',
  'getScorecardRollup',
  'getScorecardRollupTrend',
  'listExemptions',
  'createExemption',
  'revokeExemption',
  'listMarketplaceAssets',
];

/**
 * A MarketplaceApi of jest mocks. A method the test did not set up rejects,
 * naming itself, so an unexpected backend call fails the test visibly.
 */
export function marketplaceApiMock(
  implementation: Partial<MarketplaceApi> = {},
): jest.Mocked<MarketplaceApi> {
  const api = {} as jest.Mocked<MarketplaceApi>;
  for (const method of METHODS) {
    (api as unknown as Record<string, jest.Mock>)[method] = jest.fn(
      (implementation[method] as (...args: unknown[]) => unknown) ??
        (() => Promise.reject(new Error(`${method} was not mocked`))),
    );
  }
  return api;
}
