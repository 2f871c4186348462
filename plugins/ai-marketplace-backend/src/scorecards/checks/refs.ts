import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

const cache = new Map<string, string | null>();

/**
 * A ref from an entity's spec in the form the facts use (`kind:namespace/name`,
 * lower case), or undefined when it is missing or does not parse. Cached: a
 * run over the catalog meets the same owners and people thousands of times.
 */
export function refOf(value: unknown, defaultKind: string): string | undefined {
  if (typeof value !== 'string' || !value) {
    return undefined;
  }
  const key = `${defaultKind}\u0000${value}`;
  let ref = cache.get(key);
  if (ref === undefined) {
    if (cache.size > 100_000) {
      cache.clear();
    }
    try {
      ref = stringifyEntityRef(
        parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
      ).toLocaleLowerCase('en-US');
    } catch {
      ref = null;
    }
    cache.set(key, ref);
  }
  return ref ?? undefined;
}

/** The kind part of a normalised ref: `group` of `group:default/sales`. */
export function kindOfRef(ref: string): string {
  return ref.slice(0, ref.indexOf(':'));
}
