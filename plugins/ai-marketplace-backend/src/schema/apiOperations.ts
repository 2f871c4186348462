import {
  curationDecisionCreatePermission,
  evaluationResultCreatePermission,
  experimentWritePermission,
  incidentCreatePermission,
  kpiReadPermission,
  reuseEventCreatePermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  curationDecisionSchema,
  curationQuerySchema,
} from '../curation/curationSchemas';
import { duplicatesQuerySchema } from '../duplicates/duplicateSchemas';
import {
  evaluationResultListQuerySchema,
  evaluationResultSchema,
} from '../evaluations/evaluationSchemas';
import {
  experimentFinishSchema,
  experimentListQuerySchema,
  experimentStartSchema,
} from '../experiments/experimentSchemas';
import {
  incidentListQuerySchema,
  incidentSchema,
} from '../incidents/incidentSchemas';
import {
  reuseEventBatchSchema,
  reuseEventSchema,
  reuseSummaryQuerySchema,
} from '../reuse/reuseSchemas';
import { ApiOperation } from './openApiDocument';
import { marketplaceAssetsQuerySchema } from '../marketplace/marketplaceSchemas';
import { kpiApiOperations } from '../kpis/kpiApiOperations';
import { scorecardApiOperations } from '../scorecards/scorecardApiOperations';

const WRITE = {
  '200': 'A replay: this id was recorded before with the same content',
  '201': 'Recorded',
  '409': 'This id was recorded before with different content',
};
const READ = { '200': 'OK' };

/**
 * Every route of the API with the zod schemas its handler validates with;
 * the OpenAPI document is generated from this list, and a test checks that
 * the router serves exactly these routes.
 */
export const apiOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Liveness',
    auth: 'none',
    responses: READ,
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This description',
    auth: 'none',
    responses: READ,
  },
  {
    method: 'post',
    path: '/reuse-events',
    summary:
      'Record that a team viewed, copied, adopted, forked or invoked an asset',
    auth: 'user',
    permission: reuseEventCreatePermission.name,
    body: reuseEventSchema,
    responses: WRITE,
  },
  {
    method: 'post',
    path: '/reuse-events/batch',
    summary: 'Record up to 1,000 reuse events at once',
    auth: 'user',
    permission: reuseEventCreatePermission.name,
    body: reuseEventBatchSchema,
    responses: WRITE,
  },
  {
    method: 'get',
    path: '/reuse/summary',
    summary: "One asset's reuse over a window: by type, by team, trend",
    auth: 'user',
    permission: kpiReadPermission.name,
    query: reuseSummaryQuerySchema,
    responses: { ...READ, '404': 'No such entity in the catalog' },
  },
  {
    method: 'get',
    path: '/marketplace/assets',
    summary:
      "Every present asset's readiness, curation flags and reuse over a window",
    auth: 'user',
    permission: kpiReadPermission.name,
    query: marketplaceAssetsQuerySchema,
    responses: READ,
  },
  {
    method: 'post',
    path: '/experiments',
    summary: 'Start an experiment with an asset for one of your teams',
    auth: 'user',
    permission: experimentWritePermission.name,
    body: experimentStartSchema,
    responses: WRITE,
  },
  {
    method: 'post',
    path: '/experiments/:id/finish',
    summary: 'Finish an experiment: outcome, self-serve, learnings link',
    auth: 'user',
    permission: experimentWritePermission.name,
    pathParams: { id: 'The id the experiment was started with' },
    body: experimentFinishSchema,
    responses: {
      '200': 'Finished (or a replay of the same finish)',
      '404': 'No such experiment',
      '409': 'Finished before with different content',
    },
  },
  {
    method: 'get',
    path: '/experiments',
    summary: 'List experiments',
    auth: 'user',
    permission: kpiReadPermission.name,
    query: experimentListQuerySchema,
    responses: READ,
  },
  {
    method: 'post',
    path: '/evaluation-results',
    summary:
      "Record a workflow evaluation (CI); passed is computed from the workflow's threshold",
    auth: 'user or service',
    permission: evaluationResultCreatePermission.name,
    body: evaluationResultSchema,
    responses: WRITE,
  },
  {
    method: 'get',
    path: '/evaluation-results',
    summary: 'List evaluation results',
    auth: 'user',
    permission: kpiReadPermission.name,
    query: evaluationResultListQuerySchema,
    responses: READ,
  },
  {
    method: 'post',
    path: '/incidents',
    summary: 'Report an AI incident against a workflow',
    auth: 'user or service',
    permission: incidentCreatePermission.name,
    body: incidentSchema,
    responses: WRITE,
  },
  {
    method: 'get',
    path: '/incidents',
    summary: 'List AI incidents',
    auth: 'user',
    permission: kpiReadPermission.name,
    query: incidentListQuerySchema,
    responses: READ,
  },
  {
    method: 'post',
    path: '/curation-decisions',
    summary:
      "Feature, deprecate or review an asset or prompt (the asset's guild leads and admins)",
    auth: 'user',
    permission: curationDecisionCreatePermission.name,
    body: curationDecisionSchema,
    responses: WRITE,
  },
  {
    method: 'get',
    path: '/curation',
    summary: "An asset's curation state and history",
    auth: 'user',
    permission: kpiReadPermission.name,
    query: curationQuerySchema,
    responses: { ...READ, '404': 'No such asset in the catalog' },
  },
  {
    method: 'get',
    path: '/duplicates',
    summary: 'Near-duplicate clusters across teams and the duplication rate',
    auth: 'user',
    permission: kpiReadPermission.name,
    query: duplicatesQuerySchema,
    responses: READ,
  },
  ...kpiApiOperations,
  ...scorecardApiOperations,
];
