import {
  Incident,
  IncidentList,
  IncidentWriteResponse,
  incidentCreatePermission,
  kpiReadPermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  AuthService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import Router from 'express-promise-router';
import { IncidentRecord, IncidentStore } from '../database/IncidentStore';
import { callerGroups } from '../service/callerGroups';
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
  incidentListQuerySchema,
  incidentSchema,
  MAX_LISTED_INCIDENTS,
} from './incidentSchemas';
import { IncidentReporter, resolveIncident } from './resolveIncident';

/** An incident as the API returns it. */
function toIncident(record: IncidentRecord): Incident {
  return {
    id: record.id,
    entityRef: record.entityRef,
    severity: record.severity,
    summary: record.summary,
    occurredAt: record.occurredAt.toISOString(),
    reportedBy: record.reportedBy,
    teamRef: record.teamRef ?? null,
    recordedAt: record.recordedAt.toISOString(),
  };
}

/** Reporting AI incidents against workflows (for error budgets) and listing them. */
export function incidentRoutes(
  ctx: RouteContext,
  options: { auth: AuthService; incidents: IncidentStore },
) {
  const { catalog } = ctx;
  const { auth, incidents } = options;
  const router = Router();

  async function reporterOf(
    credentials: BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >,
  ): Promise<IncidentReporter> {
    if (auth.isPrincipal(credentials, 'user')) {
      return {
        type: 'user',
        ref: callerRef(credentials),
        groups: await callerGroups(catalog, credentials),
      };
    }
    return { type: 'service', ref: callerRef(credentials) };
  }

  router.post('/incidents', async (req, res) => {
    const input = parseInput(incidentSchema, req.body, 'incident');
    const result = await audited(
      ctx,
      {
        req,
        eventId: 'incident-report',
        meta: { incidentId: input.id, severity: input.severity },
        successMeta: ({ recorded, incident }) => ({
          recorded,
          entityRef: incident.entityRef,
        }),
      },
      async () => {
        const credentials = await authorizedCaller(
          ctx,
          req,
          incidentCreatePermission,
        );
        const entityRef = normalisedEntityRef(
          input.entityRef,
          'aiworkflow',
          'entityRef',
        );
        // Only an AIWorkflow can be at fault; the workflow itself is not needed.
        const [reporter] = await Promise.all([
          reporterOf(credentials),
          catalogWorkflow({ catalog, auth, entityRef, field: 'entityRef' }),
        ]);
        const now = ctx.now();
        return incidents.record(
          resolveIncident({ input, entityRef, reporter, now }),
          now,
        );
      },
    );
    const body: IncidentWriteResponse = {
      ...toIncident(result.incident),
      recorded: result.recorded,
    };
    res.status(result.recorded ? 201 : 200).json(body);
  });

  router.get('/incidents', async (req, res) => {
    await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(incidentListQuerySchema, req.query, 'query');
    const { start, end } = windowBounds(parseWindow(query, ctx.now()));
    const items = await incidents.list({
      entityRef:
        query.entityRef &&
        normalisedEntityRef(query.entityRef, 'aiworkflow', 'entityRef'),
      occurredFrom: start,
      occurredBefore: end,
      limit: MAX_LISTED_INCIDENTS,
    });
    const body: IncidentList = { items: items.map(toIncident) };
    res.json(body);
  });

  return router;
}
