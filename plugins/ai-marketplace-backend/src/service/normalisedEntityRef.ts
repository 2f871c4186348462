import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/**
 * An entity ref in the one form the plugin stores and compares:
 * `kind:namespace/name`, lower case. A ref that does not parse is a 400
 * naming the field it came from.
 */
export function normalisedEntityRef(
  ref: string,
  defaultKind: string,
  field: string,
): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    throw new InputError(`${field}: "${ref}" is not a valid entity reference`);
  }
}
