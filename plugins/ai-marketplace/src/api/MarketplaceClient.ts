import { ResponseError } from '@backstage/errors';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  KpiOptions,
  KpiResponses,
  MarketplaceApi,
  Window,
} from './MarketplaceApi';

type Query = Record<string, string | number | undefined>;

/** Talks to the AI Marketplace backend with the signed-in user's credentials. */
export class MarketplaceClient implements MarketplaceApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  private async request<T>(
    path: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('ai-marketplace');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== '') {
        params.set(key, String(value));
      }
    }
    const search = params.toString();
    const response = await this.fetchApi.fetch(
      `${baseUrl}${path}${search ? `?${search}` : ''}`,
      options.body === undefined
        ? undefined
        : {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(options.body),
          },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  recordReuseEvent: MarketplaceApi['recordReuseEvent'] = event =>
    this.request('/reuse-events', { body: event });

  getReuseSummary: MarketplaceApi['getReuseSummary'] = (entityRef, options) =>
    this.request('/reuse/summary', { query: { entityRef, ...options } });

  startExperiment: MarketplaceApi['startExperiment'] = input =>
    this.request('/experiments', { body: input });

  finishExperiment: MarketplaceApi['finishExperiment'] = (id, input) =>
    this.request(`/experiments/${encodeURIComponent(id)}/finish`, {
      body: input,
    });

  listExperiments: MarketplaceApi['listExperiments'] = query =>
    this.request('/experiments', { query });

  listEvaluationResults: MarketplaceApi['listEvaluationResults'] = query =>
    this.request('/evaluation-results', { query });

  listIncidents: MarketplaceApi['listIncidents'] = query =>
    this.request('/incidents', { query });

  getCuration: MarketplaceApi['getCuration'] = entityRef =>
    this.request('/curation', { query: { entityRef } });

  recordCurationDecision: MarketplaceApi['recordCurationDecision'] = input =>
    this.request('/curation-decisions', { body: input });

  listMarketplaceAssets: MarketplaceApi['listMarketplaceAssets'] = window =>
    this.request('/marketplace/assets', {
      query: { from: window?.from, to: window?.to },
    });

  getDuplicates: MarketplaceApi['getDuplicates'] = query =>
    this.request('/duplicates', { query });

  getKpi<K extends keyof KpiResponses>(
    kpi: K,
    query?: KpiOptions,
  ): Promise<KpiResponses[K]> {
    return this.request(`/kpis/${encodeURIComponent(kpi)}`, { query });
  }

  getScorecardCatalogue: MarketplaceApi['getScorecardCatalogue'] = () =>
    this.request('/scorecards/checks');

  getEntityScorecard: MarketplaceApi['getEntityScorecard'] = entityRef =>
    this.request('/scorecards/entity', { query: { entityRef } });

  recomputeEntityScorecard: MarketplaceApi['recomputeEntityScorecard'] =
    entityRef =>
      this.request('/scorecards/entity/recompute', { body: { entityRef } });

  getEntityScorecardTrend: MarketplaceApi['getEntityScorecardTrend'] = (
    entityRef,
    window?: Window,
  ) =>
    this.request('/scorecards/entity/trend', {
      query: { entityRef, ...window },
    });

  getScorecardRollup: MarketplaceApi['getScorecardRollup'] = groupBy =>
    this.request('/scorecards/rollups', { query: { groupBy } });

  getScorecardRollupTrend: MarketplaceApi['getScorecardRollupTrend'] = (
    groupBy,
    key,
    window,
  ) =>
    this.request('/scorecards/rollups/trend', {
      query: { groupBy, key, ...window },
    });

  listExemptions: MarketplaceApi['listExemptions'] = (entityRef, include) =>
    this.request('/scorecards/exemptions', { query: { entityRef, include } });

  createExemption: MarketplaceApi['createExemption'] = input =>
    this.request('/scorecards/exemptions', { body: input });

  revokeExemption: MarketplaceApi['revokeExemption'] = id =>
    this.request(`/scorecards/exemptions/${encodeURIComponent(id)}/revoke`, {
      body: {},
    });
}
