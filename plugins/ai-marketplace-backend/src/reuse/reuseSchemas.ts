import { REUSE_EVENT_TYPES } from '@ai-marketplace/plugin-ai-marketplace-common';
import { z } from 'zod';
import { clientIdSchema, entityRefSchema } from '../service/commonSchemas';

/** The most events one batch call may carry. */
export const MAX_BATCH_SIZE = 1000;

/** One reuse event as a client sends it (see ReuseEventInput). */
export const reuseEventSchema = z
  .object({
    id: clientIdSchema,
    entityRef: entityRefSchema,
    promptId: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a prompt id slug')
      .max(63)
      .optional(),
    type: z.enum(REUSE_EVENT_TYPES),
    team: z.string().min(1).max(255),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export const reuseEventBatchSchema = z
  .object({
    events: z.array(reuseEventSchema).min(1).max(MAX_BATCH_SIZE),
  })
  .strict();

const day = z.iso.date();

/** Query of a reuse summary: one asset, a window of UTC days, a trend interval. */
export const reuseSummaryQuerySchema = z
  .object({
    entityRef: z.string().min(1),
    from: day.optional(),
    to: day.optional(),
    interval: z.enum(['day', 'week']).default('day'),
  })
  .strict();
