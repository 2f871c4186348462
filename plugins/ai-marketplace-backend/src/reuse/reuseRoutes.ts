import {
  kpiReadPermission,
  ReuseEventInput,
  reuseEventCreatePermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { NotFoundError } from '@backstage/errors';
import Router from 'express-promise-router';
import { Request } from 'express';
import { ReuseEventStore } from '../database/ReuseEventStore';
import { callerGroups } from '../service/callerGroups';
import { normalisedEntityRef } from '../service/normalisedEntityRef';
import { audited, authorizedUser, RouteContext } from '../service/routeContext';
import { parseInput } from '../service/validation';
import { parseWindow } from '../service/window';
import { assetRefsOf, resolveReuseEvents } from './resolveReuseEvents';
import {
  reuseEventBatchSchema,
  reuseEventSchema,
  reuseSummaryQuerySchema,
} from './reuseSchemas';
import { buildReuseSummary } from './reuseSummary';

/** Recording reuse events (single and batch) and one asset's reuse summary. */
export function reuseRoutes(ctx: RouteContext, reuseEvents: ReuseEventStore) {
  const { catalog } = ctx;
  const router = Router();

  async function recordReuse(req: Request, inputs: ReuseEventInput[]) {
    return audited(
      ctx,
      {
        req,
        eventId: 'reuse-events-record',
        meta: { events: inputs.length },
        successMeta: result => result,
      },
      async () => {
        const credentials = await authorizedUser(
          ctx,
          req,
          reuseEventCreatePermission,
        );
        const assetRefs = assetRefsOf(inputs);
        const [groups, { items }] = await Promise.all([
          callerGroups(catalog, credentials),
          catalog.getEntitiesByRefs({ entityRefs: assetRefs }, { credentials }),
        ]);
        const assets = new Map(
          items.flatMap((entity, i) =>
            entity ? [[assetRefs[i], entity] as const] : [],
          ),
        );
        const events = resolveReuseEvents({
          inputs,
          userRef: credentials.principal.userEntityRef,
          groups,
          assets,
          now: ctx.now(),
        });
        return reuseEvents.record(events);
      },
    );
  }

  router.post('/reuse-events', async (req, res) => {
    const input = parseInput(reuseEventSchema, req.body, 'reuse event');
    const result = await recordReuse(req, [input]);
    res.status(result.recorded ? 201 : 200).json(result);
  });

  router.post('/reuse-events/batch', async (req, res) => {
    const { events } = parseInput(
      reuseEventBatchSchema,
      req.body,
      'reuse event batch',
    );
    const result = await recordReuse(req, events);
    res.status(result.recorded ? 201 : 200).json(result);
  });

  router.get('/reuse/summary', async (req, res) => {
    const credentials = await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(reuseSummaryQuerySchema, req.query, 'query');
    const { from, to } = parseWindow(query, ctx.now());
    const entityRef = normalisedEntityRef(
      query.entityRef,
      'aiworkflow',
      'entityRef',
    );
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const owner = (entity.spec as { owner?: string } | undefined)?.owner;
    const ownerRef = owner
      ? normalisedEntityRef(owner, 'group', 'spec.owner')
      : '';
    const counts = await reuseEvents.countsForAsset({
      entityRef,
      fromDay: from,
      toDay: to,
    });
    res.json(
      buildReuseSummary({
        entityRef,
        ownerRef,
        from,
        to,
        interval: query.interval,
        counts,
      }),
    );
  });

  return router;
}
