import {
  curationDecisionCreatePermission,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  kpiReadPermission,
  RecordCurationDecisionResponse,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  createConditionAuthorizer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import Router from 'express-promise-router';
import { CurationStore } from '../database/CurationStore';
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
import { curationDecisionSchema, curationQuerySchema } from './curationSchemas';
import {
  buildCurationSummary,
  HISTORY_LIMIT,
  toCurationDecision,
} from './curationSummary';

const isAsset = (entity: Entity | undefined): entity is Entity =>
  !!entity && (isAIWorkflowEntity(entity) || isPromptLibraryEntity(entity));

/**
 * Recording curation decisions (featured, deprecated, reviewed …) on an asset
 * or one of its prompts, and reading an asset's curation. Curating is a
 * resource permission: the policy allows it outright (admins) or on
 * conditions about the asset (e.g. "is a lead of its guild"), which are
 * applied here to the asset and its guild's leads.
 */
export function curationRoutes(
  ctx: RouteContext,
  options: {
    decisions: CurationStore;
    assetRuleset: PermissionRuleset<
      AiMarketplaceAssetResource,
      AiMarketplaceAssetFilter
    >;
  },
) {
  const { catalog } = ctx;
  const { decisions } = options;
  const isAuthorized = createConditionAuthorizer(options.assetRuleset);
  const router = Router();

  router.post('/curation-decisions', async (req, res) => {
    const input = parseInput(
      curationDecisionSchema,
      req.body,
      'curation decision',
    );
    const result = await audited(
      ctx,
      {
        req,
        eventId: 'curation-decision-record',
        meta: {
          entityRef: input.entityRef,
          decision: input.decision,
          ...(input.promptId ? { promptId: input.promptId } : {}),
        },
        successMeta: r => ({ status: r.status }),
      },
      async (): Promise<RecordCurationDecisionResponse> => {
        const credentials = await ctx.httpAuth.credentials(req, {
          allow: ['user'],
        });
        // The policy's answer comes first: a flat DENY needs no catalog reads.
        const decision = await assetPolicyDecision(
          ctx.permissions,
          curationDecisionCreatePermission,
          credentials,
        );

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
        const asset = resource.entity;
        if (input.promptId !== undefined) {
          if (!isPromptLibraryEntity(asset)) {
            throw new InputError(`promptId: only a PromptLibrary has prompts`);
          }
          if (!asset.spec.prompts.some(p => p.id === input.promptId)) {
            throw new InputError(
              `promptId: "${input.promptId}" is not a prompt of ${entityRef}`,
            );
          }
        }

        assertAllowedOnAsset({
          isAuthorized,
          decision,
          resource,
          entityRef,
          action: 'curate',
        });

        const recorded = await decisions.record({
          id: input.id,
          entityRef,
          promptId: input.promptId,
          decision: input.decision,
          note: input.note,
          decidedBy: credentials.principal.userEntityRef,
          decidedAt: ctx.now(),
        });
        return {
          status: recorded.status,
          decision: toCurationDecision(recorded.decision),
        };
      },
    );
    res.status(result.status === 'recorded' ? 201 : 200).json(result);
  });

  router.get('/curation', async (req, res) => {
    const credentials = await authorizedUser(ctx, req, kpiReadPermission);
    const query = parseInput(curationQuerySchema, req.query, 'query');
    const entityRef = normalisedEntityRef(
      query.entityRef,
      'aiworkflow',
      'entityRef',
    );
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    if (!isAsset(entity)) {
      throw new InputError(
        `entityRef: "${query.entityRef}" is not an AIWorkflow or PromptLibrary`,
      );
    }
    const [latest, history] = await Promise.all([
      decisions.latestPerAspect(entityRef),
      decisions.history(entityRef, HISTORY_LIMIT),
    ]);
    res.json(
      buildCurationSummary({
        entityRef,
        promptIds: isPromptLibraryEntity(entity)
          ? entity.spec.prompts.map(p => p.id)
          : [],
        latest,
        history,
      }),
    );
  });

  return router;
}
