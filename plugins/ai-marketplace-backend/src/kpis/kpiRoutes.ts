import { kpiReadPermission } from '@ai-marketplace/plugin-ai-marketplace-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { KpiStore } from '../database/KpiStore';
import { authorizedCaller, RouteContext } from '../service/routeContext';
import { parseInput } from '../service/validation';
import { crossTeamReuse } from './crossTeamReuse';
import { errorBudgets } from './errorBudgets';
import { evalGates } from './evalGates';
import { knowledgeCapture } from './knowledgeCapture';
import { kpiRequest } from './kpiRequest';
import {
  kpiListQuerySchema,
  kpiQuerySchema,
  reuseKpiQuerySchema,
  topAssetsQuerySchema,
} from './kpiSchemas';
import { kpiSummary } from './kpiSummary';
import { lineage } from './lineage';
import { ownershipConcentration } from './ownershipConcentration';
import { reuseMatrix } from './reuseMatrix';
import { selfServe } from './selfServe';
import { timeToFirstExperiment } from './timeToFirstExperiment';
import { topAssets } from './topAssets';

/**
 * The coordination KPIs, read-only: a user, or a service such as a
 * reporting job, holding `ai-marketplace.kpi.read` (401 / 403 first, then
 * 400 naming the field of a bad query).
 */
export function kpiRoutes(
  ctx: RouteContext,
  options: { kpis: KpiStore; coordinationGroups: string[] },
) {
  const { kpis, coordinationGroups } = options;
  const router = Router();

  async function read<T extends z.infer<typeof kpiQuerySchema>>(
    req: Request,
    schema: z.ZodType<T>,
  ) {
    await authorizedCaller(ctx, req, kpiReadPermission);
    const query = parseInput(schema, req.query, 'query');
    return { query, request: kpiRequest(query, ctx.now()) };
  }

  router.get('/kpis/reuse', async (req, res) => {
    const { query, request } = await read(req, reuseKpiQuerySchema);
    res.json(await crossTeamReuse(kpis, request, query.groupBy));
  });

  router.get('/kpis/reuse-matrix', async (req, res) => {
    const { query, request } = await read(req, kpiListQuerySchema);
    res.json(await reuseMatrix(kpis, request, query.limit));
  });

  router.get('/kpis/top-assets', async (req, res) => {
    const { query, request } = await read(req, topAssetsQuerySchema);
    res.json(await topAssets(kpis, request, query.limit));
  });

  router.get('/kpis/lineage', async (req, res) => {
    const { query, request } = await read(req, kpiListQuerySchema);
    res.json(await lineage(kpis, request, query.limit));
  });

  router.get('/kpis/time-to-first-experiment', async (req, res) => {
    const { request } = await read(req, kpiQuerySchema);
    res.json(await timeToFirstExperiment(kpis, request));
  });

  router.get('/kpis/self-serve', async (req, res) => {
    const { request } = await read(req, kpiQuerySchema);
    res.json(await selfServe(kpis, request));
  });

  router.get('/kpis/knowledge-capture', async (req, res) => {
    const { request } = await read(req, kpiQuerySchema);
    res.json(await knowledgeCapture(kpis, request));
  });

  router.get('/kpis/ownership-concentration', async (req, res) => {
    const { request } = await read(req, kpiQuerySchema);
    res.json(await ownershipConcentration(kpis, request, coordinationGroups));
  });

  router.get('/kpis/eval-gates', async (req, res) => {
    const { query, request } = await read(req, kpiListQuerySchema);
    res.json(await evalGates(kpis, request, query.limit));
  });

  router.get('/kpis/error-budgets', async (req, res) => {
    const { query, request } = await read(req, kpiListQuerySchema);
    res.json(await errorBudgets(kpis, request, query.limit));
  });

  router.get('/kpis/summary', async (req, res) => {
    const { request } = await read(req, kpiQuerySchema);
    res.json(await kpiSummary(kpis, request, coordinationGroups));
  });

  return router;
}
