import {
  kpiReadPermission,
  scorecardExemptionManagePermission,
  scorecardRecomputePermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { ApiOperation } from '../schema/openApiDocument';
import {
  checksQuerySchema,
  entityScorecardQuerySchema,
  entityTrendQuerySchema,
  exemptionListQuerySchema,
  exemptionSchema,
  recomputeBodySchema,
  rollupQuerySchema,
  rollupTrendQuerySchema,
} from './scorecardSchemas';

const read = (
  path: string,
  summary: string,
  query: ApiOperation['query'],
): ApiOperation => ({
  method: 'get',
  path,
  summary,
  auth: 'user',
  permission: kpiReadPermission.name,
  query,
  responses: { '200': 'OK' },
});

/** The scorecard routes, for the OpenAPI description (see scorecardRoutes). */
export const scorecardApiOperations: ApiOperation[] = [
  read(
    '/scorecards/checks',
    'The readiness checks, the levels that need them, and the stale weight',
    checksQuerySchema,
  ),
  read(
    '/scorecards/entity',
    "One asset's scorecard (latest day, or `day`): level, score, every check, and what stands between it and the next level",
    entityScorecardQuerySchema,
  ),
  {
    method: 'post',
    path: '/scorecards/entity/recompute',
    summary: "Scores one asset now and stores it as today's result",
    auth: 'user',
    permission: scorecardRecomputePermission.name,
    body: recomputeBodySchema,
    responses: { '200': 'The new scorecard' },
  },
  read(
    '/scorecards/entity/trend',
    "One asset's level, score and status counts per day",
    entityTrendQuerySchema,
  ),
  read(
    '/scorecards/rollups',
    'Share of assets at each level and pass rate per check, for the organisation or per owner, function or guild',
    rollupQuerySchema,
  ),
  read(
    '/scorecards/rollups/trend',
    "A group's levels, mean score and pass rate per day",
    rollupTrendQuerySchema,
  ),
  read(
    '/scorecards/exemptions',
    'Exemptions in force (or all), of one asset or every asset',
    exemptionListQuerySchema,
  ),
  {
    method: 'post',
    path: '/scorecards/exemptions',
    summary:
      'Exempts an asset from a check until a day (guild leads of the asset and admins)',
    auth: 'user',
    permission: scorecardExemptionManagePermission.name,
    body: exemptionSchema,
    responses: {
      '200': 'A replay: this id was recorded before with the same content',
      '201': 'Recorded',
      '409': 'This id was recorded before with different content',
    },
  },
  {
    method: 'post',
    path: '/scorecards/exemptions/:id/revoke',
    summary: 'Revokes an exemption (guild leads of the asset and admins)',
    auth: 'user',
    permission: scorecardExemptionManagePermission.name,
    pathParams: { id: 'The exemption id' },
    responses: {
      '200': 'Revoked, or a replay of an earlier revocation',
      '404': 'No such exemption',
    },
  },
];
