import { z } from 'zod';

/** Query of `GET /duplicates`: optional filters, each a single value. */
export const duplicatesQuerySchema = z
  .object({
    /** The owning team, a group ref (`customer-support` means `group:default/customer-support`). */
    team: z.string().min(1).max(255).optional(),
    /** A business function slug, as in `spec.function`. */
    function: z
      .string()
      .max(64)
      .regex(
        /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
        'must be a lowercase business function slug, e.g. sales',
      )
      .optional(),
    /** The curating guild, a group ref. */
    guild: z.string().min(1).max(255).optional(),
  })
  .strict();
