import {
  EvaluationResult,
  EvaluationResultList,
  EvaluationResultWriteResponse,
  evaluationResultCreatePermission,
  kpiReadPermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { AuthService } from '@backstage/backend-plugin-api';
import Router from 'express-promise-router';
import {
  EvaluationResultRecord,
  EvaluationResultStore,
} from '../database/EvaluationResultStore';
import { callerRef } from '../service/callerRef';
import { catalogWorkflow } from '../service/catalogWorkflow';
import { normalisedEntityRef } from '../service/normalisedEntityRef';
import {
  audited,
  authorizedCaller,
  authorizedUser,
  RouteContext,
} from '../service/routeContext';
import { parseInput } from '../service/validation';
import { parseWindow, windowBounds } from '../service/window';
import {
  evaluationResultListQuerySchema,
  evaluationResultSchema,
} from './evaluationSchemas';
import { resolveEvaluationResult } from './resolveEvaluationResult';

/** An evaluation result as the API returns it. */
function toEvaluationResult(record: EvaluationResultRecord): EvaluationResult {
  return {
    id: record.id,
    entityRef: record.entityRef,
    version: record.version,
    dataset: record.dataset,
    passRate: record.passRate,
    threshold: record.threshold ?? null,
    passed: record.passed ?? null,
    evaluatedAt: record.evaluatedAt.toISOString(),
    reportedBy: record.reportedBy,
    recordedAt: record.recordedAt.toISOString(),
  };
}

/**
 * Recording evaluation results of workflows — usually from CI, with a
 * service token — and listing them.
 */
export function evaluationRoutes(
  ctx: RouteContext,
  options: { auth: AuthService; evaluationResults: EvaluationResultStore },
) {
  const { catalog } = ctx;
  const { auth, evaluationResults } = options;
  const router = Router();

  router.post('/evaluation-results', async (req, res) => {
    const input = parseInput(
      evaluationResultSchema,
      req.body,
      'evaluation result',
    );
    const result = await audited(
      ctx,
      {
        req,
        eventId: 'evaluation-result-record',
        meta: { evaluationResultId: input.id },
        successMeta: ({ recorded, result: stored }) => ({
          recorded,
          entityRef: stored.entityRef,
          passed: stored.passed ?? null,
        }),
      },
      async () => {
        const credentials = await authorizedCaller(
          ctx,
          req,
          evaluationResultCreatePermission,
        );
        const entityRef = normalisedEntityRef(
          input.entityRef,
          'aiworkflow',
          'entityRef',
        );
        const workflow = await catalogWorkflow({
          catalog,
          auth,
          entityRef,
          field: 'entityRef',
        });
        const now = ctx.now();
        return evaluationResults.record(
          resolveEvaluationResult({
            input,
            entityRef,
            workflow,
            reportedBy: callerRef(credentials),
            now,
          }),
          now,
        );
      },
    );
    const body: EvaluationResultWriteResponse = {
      ...toEvaluationResult(result.result),
      recorded: result.recorded,
    };
    res.status(result.recorded ? 201 : 200).json(body);
  });

  router.get('/evaluation-results', async (req, res) => {
    await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(
      evaluationResultListQuerySchema,
      req.query,
      'query',
    );
    const { start, end } = windowBounds(parseWindow(query, ctx.now()));
    const items = await evaluationResults.list({
      entityRef:
        query.entityRef &&
        normalisedEntityRef(query.entityRef, 'aiworkflow', 'entityRef'),
      evaluatedFrom: start,
      evaluatedBefore: end,
      limit: query.limit,
    });
    const body: EvaluationResultList = { items: items.map(toEvaluationResult) };
    res.json(body);
  });

  return router;
}
