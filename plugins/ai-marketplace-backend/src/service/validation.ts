import { InputError } from '@backstage/errors';
import { z } from 'zod';

/**
 * Parses input with a zod schema, or throws a 400 whose message names every
 * bad field, e.g. `events[3].type: Invalid option: expected one of ...`.
 */
export function parseInput<T>(
  schema: z.ZodType<T>,
  input: unknown,
  what: string,
): T {
  const result = schema.safeParse(input);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map(issue => {
    const field = issue.path
      .map((part, i) =>
        typeof part === 'number'
          ? `[${part}]`
          : `${i ? '.' : ''}${String(part)}`,
      )
      .join('');
    return `${field || what}: ${issue.message}`;
  });
  throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
}
