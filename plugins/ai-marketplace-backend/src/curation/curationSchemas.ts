import { CURATION_DECISIONS } from '@ai-marketplace/plugin-ai-marketplace-common';
import { z } from 'zod';

/** A curation decision as a client sends it (see CurationDecisionInput). */
export const curationDecisionSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[A-Za-z0-9._:-]{1,64}$/,
        'must be 1-64 characters of A-Z a-z 0-9 . _ : -',
      ),
    entityRef: z.string().min(1).max(255),
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
