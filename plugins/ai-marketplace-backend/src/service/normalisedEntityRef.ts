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

/**
 * `normalisedEntityRef` with a cache, for one request that names the same
 * refs many times (a 1,000-event batch names a few dozen assets and teams).
 */
export function cachedEntityRefNormaliser(): typeof normalisedEntityRef {
  const cache = new Map<string, string>();
  return (ref, defaultKind, field) => {
    const key = `${defaultKind}\u0000${ref}`;
    let normalised = cache.get(key);
    if (normalised === undefined) {
      normalised = normalisedEntityRef(ref, defaultKind, field);
      cache.set(key, normalised);
    }
    return normalised;
  };
}
