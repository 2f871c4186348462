import { kpiReadPermission } from '@ai-marketplace/plugin-ai-marketplace-common';
import { ApiOperation } from '../schema/openApiDocument';
import {
  kpiListQuerySchema,
  kpiQuerySchema,
  reuseKpiQuerySchema,
  topAssetsQuerySchema,
} from './kpiSchemas';

const kpi = (
  path: string,
  summary: string,
  query: ApiOperation['query'] = kpiQuerySchema,
): ApiOperation => ({
  method: 'get',
  path,
  summary,
  auth: 'user or service',
  permission: kpiReadPermission.name,
  query,
  responses: { '200': 'OK' },
});

/** The KPI routes, for the OpenAPI description (see kpiRoutes). */
export const kpiApiOperations: ApiOperation[] = [
  kpi(
    '/kpis/reuse',
    'Cross-team reuse: share of assets used by a team other than the owner (team = owner), optionally per team, function or guild',
    reuseKpiQuerySchema,
  ),
  kpi(
    '/kpis/reuse-matrix',
    'Producer × consumer team matrix of reuse events (team = producer or consumer)',
    kpiListQuerySchema,
  ),
  kpi(
    '/kpis/top-assets',
    'Assets most used, among those other teams used (team = owner)',
    topAssetsQuerySchema,
  ),
  kpi(
    '/kpis/lineage',
    'Reuse lineage through derivedFrom (team = owner of the derived asset or its origin)',
    kpiListQuerySchema,
  ),
  kpi(
    '/kpis/time-to-first-experiment',
    "Days from an asset's registration to its first experiment (team = owner)",
  ),
  kpi(
    '/kpis/self-serve',
    'Share of experiments run without the central AI team (team = the experimenting team)',
  ),
  kpi(
    '/kpis/knowledge-capture',
    'Share of finished experiments with documented learnings (team = the experimenting team)',
  ),
  kpi(
    '/kpis/ownership-concentration',
    'Share of workflows the coordination groups own (team = owner)',
  ),
  kpi(
    '/kpis/eval-gates',
    'Latest evaluation of each workflow against its threshold (team = owner)',
    kpiListQuerySchema,
  ),
  kpi(
    '/kpis/error-budgets',
    'Incidents in each workflow error-budget period against its budget (team = owner)',
    kpiListQuerySchema,
  ),
  kpi(
    '/kpis/summary',
    'The headline of every KPI, duplication rate included, in one call',
  ),
];
