import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  kpiReadPermission,
  reuseEventCreatePermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  assertError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { ReuseEventStore } from '../database/ReuseEventStore';
import { callerGroups } from './callerGroups';
import { normalisedEntityRef } from './normalisedEntityRef';
import { parseInput } from './validation';
import {
  reuseEventBatchSchema,
  reuseEventSchema,
  reuseSummaryQuerySchema,
} from '../reuse/reuseSchemas';
import { assetRefsOf, resolveReuseEvents } from '../reuse/resolveReuseEvents';
import { buildReuseSummary } from '../reuse/reuseSummary';
import { ReuseEventInput } from '@ai-marketplace/plugin-ai-marketplace-common';

/** The default reuse-summary window: the last 30 days. */
const DEFAULT_WINDOW_DAYS = 30;
const MAX_WINDOW_DAYS = 366;

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  reuseEvents: ReuseEventStore;
}

function daysBetween(from: string, to: string): number {
  return (
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) /
    86_400_000
  );
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, auditor, catalog, reuseEvents } = options;
  const now = () => new Date();
  const router = Router();
  router.use(express.json({ limit: '2mb' }));

  /** The calling user's credentials, if they hold the permission (401 / 403). */
  async function authorizedUser(req: Request, permission: BasicPermission) {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`You are not allowed to ${permission.name}`);
    }
    return credentials;
  }

  async function recordReuse(req: Request, inputs: ReuseEventInput[]) {
    const auditorEvent = await auditor.createEvent({
      eventId: 'reuse-events-record',
      severityLevel: 'low',
      request: req,
      meta: { events: inputs.length },
    });
    try {
      const credentials = await authorizedUser(req, reuseEventCreatePermission);
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
        now: now(),
      });
      const result = await reuseEvents.record(events);
      await auditorEvent.success({ meta: result });
      return result;
    } catch (error) {
      assertError(error);
      await auditorEvent.fail({ error });
      throw error;
    }
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

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
    const credentials = await authorizedUser(req, kpiReadPermission);
    const query = parseInput(reuseSummaryQuerySchema, req.query, 'query');
    const to = query.to ?? now().toISOString().slice(0, 10);
    const from =
      query.from ??
      new Date(
        Date.parse(`${to}T00:00:00Z`) - (DEFAULT_WINDOW_DAYS - 1) * 86_400_000,
      )
        .toISOString()
        .slice(0, 10);
    if (daysBetween(from, to) < 0) {
      throw new InputError(`from: ${from} is after to: ${to}`);
    }
    if (daysBetween(from, to) >= MAX_WINDOW_DAYS) {
      throw new InputError(
        `from: the window may span at most ${MAX_WINDOW_DAYS} days`,
      );
    }
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
