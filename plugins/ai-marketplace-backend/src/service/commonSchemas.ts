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
