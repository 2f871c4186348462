import { SCORECARD_GROUPINGS } from '@ai-marketplace/plugin-ai-marketplace-common';
import { z } from 'zod';
import { clientIdSchema, entityRefSchema } from '../service/commonSchemas';

const day = z.iso.date();
const entityRef = entityRefSchema;
const clientId = clientIdSchema;

/** `GET /scorecards/checks` takes no query. */
export const checksQuerySchema = z.object({}).strict();

/** `GET /scorecards/entity`: one asset, the latest day unless `day` is given. */
export const entityScorecardQuerySchema = z
  .object({ entityRef, day: day.optional() })
  .strict();

/** `POST /scorecards/entity/recompute`. */
export const recomputeBodySchema = z.object({ entityRef }).strict();

/** `GET /scorecards/entity/trend`: one asset over a window of UTC days. */
export const entityTrendQuerySchema = z
  .object({ entityRef, from: day.optional(), to: day.optional() })
  .strict();

/** `GET /scorecards/rollups`: grouped by owner, function, guild or not at all. */
export const rollupQuerySchema = z
  .object({
    groupBy: z.enum(SCORECARD_GROUPINGS).default('organisation'),
    day: day.optional(),
  })
  .strict();

/** `GET /scorecards/rollups/trend`: one group (`key` unless organisation) over a window. */
export const rollupTrendQuerySchema = z
  .object({
    groupBy: z.enum(SCORECARD_GROUPINGS).default('organisation'),
    key: z.string().min(1).max(255).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.groupBy !== 'organisation' && query.key === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['key'],
        message: `is required to follow one ${query.groupBy}`,
      });
    }
  });

/** `GET /scorecards/exemptions`: of one asset or all; active ones only unless `all`. */
export const exemptionListQuerySchema = z
  .object({
    entityRef: entityRef.optional(),
    include: z.enum(['active', 'all']).default('active'),
  })
  .strict();

/** An exemption as a client sends it (see ScorecardExemptionInput). */
export const exemptionSchema = z
  .object({
    id: clientId,
    entityRef,
    checkId: z.string().min(1).max(63),
    justification: z.string().trim().min(1).max(2000),
    expiresOn: day,
  })
  .strict();

/** The `:id` of an exemption in a path. */
export const exemptionIdSchema = z.object({ id: clientId }).strict();
