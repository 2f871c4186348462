import {
  EntityScorecardTrend,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  kpiReadPermission,
  ScorecardCatalogue,
  ScorecardExemptionList,
  ScorecardExemptionResponse,
  scorecardExemptionManagePermission,
  scorecardRecomputePermission,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { ScorecardAsset } from '@ai-marketplace/plugin-ai-marketplace-node';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { PolicyDecision } from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import { Request } from 'express';
import Router from 'express-promise-router';
import { ScorecardExemptionStore } from '../database/ScorecardExemptionStore';
import { ScorecardStore } from '../database/ScorecardStore';
import {
  AiMarketplaceAssetFilter,
  AiMarketplaceAssetResource,
} from '../permissions/assetResource';
import {
  assertAllowedOnAsset,
  assetPolicyDecision,
} from '../permissions/assetAuthorization';
import { loadAssetResources } from '../permissions/loadAssetResources';
import { normalisedEntityRef } from '../service/normalisedEntityRef';
import { audited, authorizedUser, RouteContext } from '../service/routeContext';
import { parseInput } from '../service/validation';
import { addDays, parseWindow, utcDay } from '../service/window';
import { toEntityScorecard } from './entityScorecard';
import { toScorecardExemption } from './exemptions';
import { buildRollupTrend, buildScorecardRollup } from './rollups';
import { ScorecardRunner } from './ScorecardRunner';
import {
  checksQuerySchema,
  entityScorecardQuerySchema,
  entityTrendQuerySchema,
  exemptionIdSchema,
  exemptionListQuerySchema,
  exemptionSchema,
  recomputeBodySchema,
  rollupQuerySchema,
  rollupTrendQuerySchema,
} from './scorecardSchemas';

/** How far ahead an exemption may run: it must be looked at again within a year. */
export const MAX_EXEMPTION_DAYS = 366;
/** The most exemptions one list returns. */
const LIST_LIMIT = 500;

/** What the scorecard routes need besides the shared context. */
export type ScorecardServices = {
  runner: ScorecardRunner;
  scorecards: ScorecardStore;
  exemptions: ScorecardExemptionStore;
};

const isAsset = (entity: Entity | undefined): entity is ScorecardAsset =>
  !!entity && (isAIWorkflowEntity(entity) || isPromptLibraryEntity(entity));

/**
 * Readiness scorecards: the check catalogue, one asset's scorecard, its
 * recompute and trend, roll-ups per owner / function / guild / organisation
 * and their trends, and exemptions. Reading needs the KPI read permission;
 * recomputing its own permission; exempting is a resource permission of
 * the asset, like curation (guild leads of the asset's guild, and admins).
 */
export function scorecardRoutes(
  ctx: RouteContext,
  options: ScorecardServices & {
    assetRuleset: PermissionRuleset<
      AiMarketplaceAssetResource,
      AiMarketplaceAssetFilter
    >;
  },
) {
  const { catalog } = ctx;
  const { runner, scorecards, exemptions } = options;
  const isAuthorized = createConditionAuthorizer(options.assetRuleset);
  const router = Router();

  /** The asset and its normalised ref, read with the caller's credentials: 404 if unseen, 400 if no asset. */
  async function assetFor(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<{ entityRef: string; asset: ScorecardAsset }> {
    const entityRef = normalisedEntityRef(ref, 'aiworkflow', 'entityRef');
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    if (!isAsset(entity)) {
      throw new InputError(
        `entityRef: "${ref}" is not an AIWorkflow or PromptLibrary`,
      );
    }
    return { entityRef, asset: entity };
  }

  /** The policy's answer on managing exemptions; a flat DENY is a 403 before any catalog read. */
  const exemptionDecision = (
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ) =>
    assetPolicyDecision(
      ctx.permissions,
      scorecardExemptionManagePermission,
      credentials,
    );

  /** The decision applied to the asset (and its guild's leads); 403 unless it allows. */
  function authorizeOnAsset(
    decision: PolicyDecision,
    resource: AiMarketplaceAssetResource | undefined,
    entityRef: string,
  ): ScorecardAsset | undefined {
    assertAllowedOnAsset({
      isAuthorized,
      decision,
      resource,
      entityRef,
      action: 'manage exemptions of',
    });
    return resource?.entity as ScorecardAsset | undefined;
  }

  router.get('/scorecards/checks', async (req, res) => {
    await authorizedUser(ctx, req, kpiReadPermission);
    parseInput(checksQuerySchema, req.query, 'query');
    const body: ScorecardCatalogue = {
      checks: runner.registry.catalogue,
      levels: [...runner.registry.levels],
      staleWeight: runner.staleWeight,
    };
    res.json(body);
  });

  router.get('/scorecards/entity', async (req, res) => {
    const credentials = await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(entityScorecardQuerySchema, req.query, 'query');
    const { entityRef, asset } = await assetFor(query.entityRef, credentials);
    const stored = await scorecards.forEntity(entityRef, query.day);
    if (stored) {
      res.json(toEntityScorecard(stored, runner.registry));
      return;
    }
    if (query.day) {
      throw new NotFoundError(`${entityRef} has no scorecard for ${query.day}`);
    }
    // Not reached by a run yet (a new asset): score it now, without storing.
    const now = ctx.now();
    const preview = await runner.preview(asset, now);
    res.json(
      toEntityScorecard({ ...preview, day: utcDay(now) }, runner.registry),
    );
  });

  router.post('/scorecards/entity/recompute', async (req, res) => {
    const input = parseInput(recomputeBodySchema, req.body, 'recompute');
    const result = await audited(
      ctx,
      {
        req,
        eventId: 'scorecard-recompute',
        meta: { entityRef: input.entityRef },
        successMeta: r => ({ level: r.level, score: r.score }),
      },
      async () => {
        const credentials = await authorizedUser(
          ctx,
          req,
          scorecardRecomputePermission,
        );
        const { asset } = await assetFor(input.entityRef, credentials);
        const now = ctx.now();
        const scorecard = await runner.recompute(asset, now);
        return toEntityScorecard(
          { ...scorecard, day: utcDay(now) },
          runner.registry,
        );
      },
    );
    res.json(result);
  });

  router.get('/scorecards/entity/trend', async (req, res) => {
    const credentials = await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(entityTrendQuerySchema, req.query, 'query');
    const { from, to } = parseWindow(query, ctx.now());
    const { entityRef } = await assetFor(query.entityRef, credentials);
    const body: EntityScorecardTrend = {
      entityRef,
      from,
      to,
      days: await scorecards.entityHistory(entityRef, from, to),
    };
    res.json(body);
  });

  router.get('/scorecards/rollups', async (req, res) => {
    await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(rollupQuerySchema, req.query, 'query');
    const day = query.day ?? (await scorecards.latestDay()) ?? null;
    const counts = day
      ? await scorecards.rollupCounts(day, query.groupBy)
      : { levels: [], checks: [] };
    res.json(
      buildScorecardRollup({
        groupBy: query.groupBy,
        day,
        counts,
        registry: runner.registry,
      }),
    );
  });

  router.get('/scorecards/rollups/trend', async (req, res) => {
    await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(rollupTrendQuerySchema, req.query, 'query');
    const { from, to } = parseWindow(query, ctx.now());
    let key = 'all';
    if (query.groupBy === 'owner' || query.groupBy === 'guild') {
      key = normalisedEntityRef(query.key!, 'group', 'key');
    } else if (query.groupBy === 'function') {
      key = query.key!;
    }
    const counts = await scorecards.rollupHistory({
      groupBy: query.groupBy,
      key,
      fromDay: from,
      toDay: to,
    });
    res.json(
      buildRollupTrend({
        groupBy: query.groupBy,
        key,
        from,
        to,
        counts,
        registry: runner.registry,
      }),
    );
  });

  router.get('/scorecards/exemptions', async (req, res) => {
    await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(exemptionListQuerySchema, req.query, 'query');
    const today = utcDay(ctx.now());
    const listed = await exemptions.list({
      entityRef:
        query.entityRef === undefined
          ? undefined
          : normalisedEntityRef(query.entityRef, 'aiworkflow', 'entityRef'),
      activeOn: query.include === 'active' ? today : undefined,
      limit: LIST_LIMIT,
    });
    const body: ScorecardExemptionList = {
      exemptions: listed.map(e => toScorecardExemption(e, today)),
    };
    res.json(body);
  });

  function validateExemption(
    input: { checkId: string; expiresOn: string },
    today: string,
  ) {
    if (!runner.registry.byId.has(input.checkId)) {
      throw new InputError(
        `checkId: "${input.checkId}" is not a readiness check (see GET /scorecards/checks)`,
      );
    }
    if (input.expiresOn < today) {
      throw new InputError(
        `expiresOn: ${input.expiresOn} is in the past (today is ${today})`,
      );
    }
    const latest = addDays(today, MAX_EXEMPTION_DAYS);
    if (input.expiresOn > latest) {
      throw new InputError(
        `expiresOn: an exemption may run at most ${MAX_EXEMPTION_DAYS} days, until ${latest}`,
      );
    }
  }

  /** Rescores an asset after its exemptions changed, so its scorecard says so at once. */
  async function rescore(asset: ScorecardAsset | undefined, now: Date) {
    if (asset) {
      await runner.recompute(asset, now);
    }
  }

  router.post('/scorecards/exemptions', async (req, res) => {
    const input = parseInput(exemptionSchema, req.body, 'exemption');
    const now = ctx.now();
    validateExemption(input, utcDay(now));
    const result = await audited(
      ctx,
      {
        req,
        eventId: 'scorecard-exemption-create',
        meta: {
          id: input.id,
          entityRef: input.entityRef,
          checkId: input.checkId,
          expiresOn: input.expiresOn,
        },
        successMeta: r => ({ status: r.status }),
      },
      async (): Promise<ScorecardExemptionResponse> => {
        const credentials = await ctx.httpAuth.credentials(req, {
          allow: ['user'],
        });
        const decision = await exemptionDecision(credentials);
        const entityRef = normalisedEntityRef(
          input.entityRef,
          'aiworkflow',
          'entityRef',
        );
        const [resource] = await loadAssetResources(catalog, credentials, [
          entityRef,
        ]);
        if (!resource) {
          throw new InputError(
            `entityRef: "${input.entityRef}" is not an AIWorkflow or PromptLibrary in the catalog`,
          );
        }
        const asset = authorizeOnAsset(decision, resource, entityRef);
        const created = await exemptions.create({
          id: input.id,
          entityRef,
          checkId: input.checkId,
          justification: input.justification,
          expiresOn: input.expiresOn,
          createdBy: credentials.principal.userEntityRef,
          createdAt: now,
        });
        if (created.status === 'recorded') {
          await rescore(asset, now);
        }
        return {
          status: created.status,
          exemption: toScorecardExemption(created.exemption, utcDay(now)),
        };
      },
    );
    res.status(result.status === 'recorded' ? 201 : 200).json(result);
  });

  async function revoke(
    req: Request,
    id: string,
  ): Promise<ScorecardExemptionResponse> {
    const credentials = await ctx.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const decision = await exemptionDecision(credentials);
    const stored = await exemptions.get(id);
    if (!stored) {
      throw new NotFoundError(`No exemption ${id}`);
    }
    const [resource] = await loadAssetResources(catalog, credentials, [
      stored.entityRef,
    ]);
    const asset = authorizeOnAsset(decision, resource, stored.entityRef);
    const now = ctx.now();
    const revoked = await exemptions.revoke(
      id,
      credentials.principal.userEntityRef,
      now,
    );
    if (revoked!.status === 'revoked') {
      await rescore(asset, now);
    }
    return {
      status: revoked!.status,
      exemption: toScorecardExemption(revoked!.exemption, utcDay(now)),
    };
  }

  router.post('/scorecards/exemptions/:id/revoke', async (req, res) => {
    const { id } = parseInput(exemptionIdSchema, req.params, 'path');
    const result = await audited(
      ctx,
      {
        req,
        eventId: 'scorecard-exemption-revoke',
        meta: { id },
        successMeta: r => ({ status: r.status }),
      },
      () => revoke(req, id),
    );
    res.json(result);
  });

  return router;
}
