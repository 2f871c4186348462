import {
  CrossTeamReuseKpi,
  CurationDecisionInput,
  CurationSummary,
  DuplicatesReport,
  EntityScorecard,
  EntityScorecardTrend,
  ErrorBudgetsKpi,
  EvalGatesKpi,
  EvaluationResultList,
  ExperimentFinishInput,
  ExperimentList,
  ExperimentStartInput,
  ExperimentWriteResponse,
  IncidentList,
  KnowledgeCaptureKpi,
  KpiGroupBy,
  KpiQuery,
  KpiSummary,
  LineageKpi,
  MarketplaceAssetsResponse,
  OwnershipConcentrationKpi,
  RecordCurationDecisionResponse,
  RecordReuseEventsResponse,
  ReuseEventInput,
  ReuseMatrixKpi,
  ReuseSummary,
  ScorecardCatalogue,
  ScorecardExemptionInput,
  ScorecardExemptionList,
  ScorecardExemptionResponse,
  ScorecardGrouping,
  ScorecardRollup,
  ScorecardRollupTrend,
  SelfServeKpi,
  TimeToFirstExperimentKpi,
  TopAssetsKpi,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { createApiRef } from '@backstage/core-plugin-api';

/** A window of UTC days, `YYYY-MM-DD`, both optional. */
export type Window = { from?: string; to?: string };

/** The response of each KPI route, by its path under `/kpis/`. */
export type KpiResponses = {
  summary: KpiSummary;
  reuse: CrossTeamReuseKpi;
  'reuse-matrix': ReuseMatrixKpi;
  'top-assets': TopAssetsKpi;
  lineage: LineageKpi;
  'time-to-first-experiment': TimeToFirstExperimentKpi;
  'self-serve': SelfServeKpi;
  'knowledge-capture': KnowledgeCaptureKpi;
  'ownership-concentration': OwnershipConcentrationKpi;
  'eval-gates': EvalGatesKpi;
  'error-budgets': ErrorBudgetsKpi;
};

/** Extra query fields some KPIs take. */
export type KpiOptions = KpiQuery & { groupBy?: KpiGroupBy; limit?: number };

/** The AI Marketplace backend, as the frontend uses it. */
export interface MarketplaceApi {
  recordReuseEvent(event: ReuseEventInput): Promise<RecordReuseEventsResponse>;
  getReuseSummary(
    entityRef: string,
    options?: Window & { interval?: 'day' | 'week' },
  ): Promise<ReuseSummary>;

  startExperiment(
    input: ExperimentStartInput,
  ): Promise<ExperimentWriteResponse>;
  finishExperiment(
    id: string,
    input: ExperimentFinishInput,
  ): Promise<ExperimentWriteResponse>;
  listExperiments(
    query?: Window & { entityRef?: string; team?: string; status?: string },
  ): Promise<ExperimentList>;

  listEvaluationResults(
    query: Window & { entityRef?: string; limit?: number },
  ): Promise<EvaluationResultList>;
  listIncidents(query: Window & { entityRef?: string }): Promise<IncidentList>;

  getCuration(entityRef: string): Promise<CurationSummary>;
  recordCurationDecision(
    input: CurationDecisionInput,
  ): Promise<RecordCurationDecisionResponse>;

  getDuplicates(query?: KpiQuery): Promise<DuplicatesReport>;
  getKpi<K extends keyof KpiResponses>(
    kpi: K,
    query?: KpiOptions,
  ): Promise<KpiResponses[K]>;

  getScorecardCatalogue(): Promise<ScorecardCatalogue>;
  getEntityScorecard(entityRef: string): Promise<EntityScorecard>;
  recomputeEntityScorecard(entityRef: string): Promise<EntityScorecard>;
  getEntityScorecardTrend(
    entityRef: string,
    window?: Window,
  ): Promise<EntityScorecardTrend>;
  getScorecardRollup(groupBy: ScorecardGrouping): Promise<ScorecardRollup>;
  getScorecardRollupTrend(
    groupBy: ScorecardGrouping,
    key: string | undefined,
    window?: Window,
  ): Promise<ScorecardRollupTrend>;
  listExemptions(
    entityRef: string,
    include?: 'active' | 'all',
  ): Promise<ScorecardExemptionList>;
  createExemption(
    input: ScorecardExemptionInput,
  ): Promise<ScorecardExemptionResponse>;
  revokeExemption(id: string): Promise<ScorecardExemptionResponse>;

  /** Every present asset's readiness, curation flags and reuse in the window. */
  listMarketplaceAssets(window?: Window): Promise<MarketplaceAssetsResponse>;
}

export const marketplaceApiRef = createApiRef<MarketplaceApi>({
  id: 'plugin.ai-marketplace.api',
});
