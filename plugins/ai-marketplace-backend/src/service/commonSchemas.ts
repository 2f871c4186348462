import { z } from 'zod';

/** A client-supplied id that makes a write idempotent. */
export const clientIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9._:-]{1,64}$/,
    'must be 1-64 characters of A-Z a-z 0-9 . _ : -',
  );

/** An entity ref as a client sends it; parsed and normalised by the route. */
export const entityRefSchema = z.string().min(1).max(255);

/**
 * Optional filters on the assets a read covers, each a single value. What
 * `team` selects (owner, consumer …) is said by each route.
 */
export const assetFilterFields = {
  /** A group ref (`customer-support` means `group:default/customer-support`). */
  team: entityRefSchema.optional(),
  /** A business function slug, as in `spec.function`. */
  function: z
    .string()
    .max(64)
    .regex(
      /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
      'must be a lowercase business function slug, e.g. sales',
    )
    .optional(),
  /** A guild, a group ref. */
  guild: entityRefSchema.optional(),
};
