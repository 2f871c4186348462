import {
  Experiment,
  ExperimentList,
  ExperimentWriteResponse,
  experimentWritePermission,
  kpiReadPermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { NotFoundError } from '@backstage/errors';
import Router from 'express-promise-router';
import { ExperimentRecord, ExperimentStore } from '../database/ExperimentStore';
import { callerGroups } from '../service/callerGroups';
import { normalisedEntityRef } from '../service/normalisedEntityRef';
import { audited, authorizedUser, RouteContext } from '../service/routeContext';
import { parseInput } from '../service/validation';
import { parseWindow, windowBounds } from '../service/window';
import {
  experimentFinishSchema,
  experimentListQuerySchema,
  experimentStartSchema,
  MAX_LISTED_EXPERIMENTS,
} from './experimentSchemas';
import {
  resolveExperimentFinish,
  resolveExperimentStart,
} from './resolveExperiment';

/** An experiment as the API returns it. */
function toExperiment(record: ExperimentRecord): Experiment {
  return {
    id: record.id,
    entityRef: record.entityRef,
    teamRef: record.teamRef,
    startedBy: record.startedBy,
    startedAt: record.startedAt.toISOString(),
    selfServe: record.selfServe ?? null,
    status: record.finishedAt ? 'finished' : 'running',
    finishedAt: record.finishedAt?.toISOString() ?? null,
    finishedBy: record.finishedBy ?? null,
    outcome: record.outcome ?? null,
    learningsUrl: record.learningsUrl ?? null,
    recordedAt: record.recordedAt.toISOString(),
  };
}

/** Starting, finishing and listing the experiments teams run with assets. */
export function experimentRoutes(
  ctx: RouteContext,
  experiments: ExperimentStore,
) {
  const { catalog } = ctx;
  const router = Router();

  router.post('/experiments', async (req, res) => {
    const input = parseInput(experimentStartSchema, req.body, 'experiment');
    const result = await audited(
      ctx,
      {
        req,
        eventId: 'experiment-start',
        meta: { experimentId: input.id },
        successMeta: ({ recorded }) => ({ recorded }),
      },
      async () => {
        const credentials = await authorizedUser(
          ctx,
          req,
          experimentWritePermission,
        );
        const entityRef = normalisedEntityRef(
          input.entityRef,
          'aiworkflow',
          'entityRef',
        );
        const teamRef = normalisedEntityRef(input.team, 'group', 'team');
        const [groups, asset] = await Promise.all([
          callerGroups(catalog, credentials),
          catalog.getEntityByRef(entityRef, { credentials }),
        ]);
        const now = ctx.now();
        const start = resolveExperimentStart({
          input,
          entityRef,
          asset,
          teamRef,
          groups,
          userRef: credentials.principal.userEntityRef,
          now,
        });
        return experiments.start(start, now);
      },
    );
    const body: ExperimentWriteResponse = {
      ...toExperiment(result.experiment),
      recorded: result.recorded,
    };
    res.status(result.recorded ? 201 : 200).json(body);
  });

  router.post('/experiments/:id/finish', async (req, res) => {
    const input = parseInput(
      experimentFinishSchema,
      req.body,
      'experiment finish',
    );
    const id = req.params.id;
    const result = await audited(
      ctx,
      {
        req,
        eventId: 'experiment-finish',
        meta: { experimentId: id, outcome: input.outcome },
        successMeta: ({ recorded }) => ({ recorded }),
      },
      async () => {
        const credentials = await authorizedUser(
          ctx,
          req,
          experimentWritePermission,
        );
        const experiment = await experiments.get(id);
        if (!experiment) {
          throw new NotFoundError(`No experiment "${id}"`);
        }
        const now = ctx.now();
        const finish = resolveExperimentFinish({
          input,
          experiment,
          groups: await callerGroups(catalog, credentials),
          userRef: credentials.principal.userEntityRef,
          now,
        });
        return experiments.finish(finish, now);
      },
    );
    const body: ExperimentWriteResponse = {
      ...toExperiment(result.experiment),
      recorded: result.recorded,
    };
    res.status(200).json(body);
  });

  router.get('/experiments', async (req, res) => {
    await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(experimentListQuerySchema, req.query, 'query');
    const { start, end } = windowBounds(parseWindow(query, ctx.now()));
    const items = await experiments.list({
      entityRef:
        query.entityRef &&
        normalisedEntityRef(query.entityRef, 'aiworkflow', 'entityRef'),
      teamRef: query.team && normalisedEntityRef(query.team, 'group', 'team'),
      status: query.status,
      startedFrom: start,
      startedBefore: end,
      limit: MAX_LISTED_EXPERIMENTS,
    });
    const body: ExperimentList = { items: items.map(toExperiment) };
    res.json(body);
  });

  return router;
}
