import { CURATION_DECISIONS } from '@ai-marketplace/plugin-ai-marketplace-common';
import { z } from 'zod';
import { clientIdSchema, entityRefSchema } from '../service/commonSchemas';

/** A curation decision as a client sends it (see CurationDecisionInput). */
export const curationDecisionSchema = z
  .object({
    id: clientIdSchema,
    entityRef: entityRefSchema,
    promptId: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a prompt id slug')
      .max(63)
      .optional(),
    decision: z.enum(CURATION_DECISIONS),
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.decision === 'reviewed' && input.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'is required for a reviewed decision: say what was reviewed',
      });
    }
  });

/** Query of an asset's curation. */
export const curationQuerySchema = z
  .object({
    entityRef: z.string().min(1),
  })
  .strict();
