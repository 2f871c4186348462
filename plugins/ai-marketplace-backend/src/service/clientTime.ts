import { InputError } from '@backstage/errors';

/** Clients' clocks may run a little ahead of ours. */
export const ALLOWED_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * A time a client sent (ISO-8601, already validated), or undefined when it
 * sent none. A time in the future, beyond the allowed skew, is a 400 naming
 * the field.
 */
export function timeNotInFuture(
  value: string | undefined,
  field: string,
  now: Date,
): Date | undefined {
  if (value === undefined) {
    return undefined;
  }
  const time = new Date(value);
  if (time.getTime() > now.getTime() + ALLOWED_CLOCK_SKEW_MS) {
    throw new InputError(`${field}: ${value} is in the future`);
  }
  return time;
}
