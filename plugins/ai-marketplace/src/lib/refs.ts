import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * Reads a ref as written in a spec field ("sam.chen" in `dri` means
 * "user:<namespace>/sam.chen"), the way the catalog module does when it emits
 * relations. Returns undefined for a ref that cannot be read.
 */
export function parseSpecRef(
  ref: string,
  defaultKind: string,
  defaultNamespace: string,
): CompoundEntityRef | undefined {
  try {
    return parseEntityRef(ref, { defaultKind, defaultNamespace });
  } catch {
    return undefined;
  }
}

/** Whether two spec refs, read with the same defaults, name one entity. */
export function isSameSpecRef(
  a: string,
  b: string,
  defaultKind: string,
  defaultNamespace: string,
): boolean {
  const parsedA = parseSpecRef(a, defaultKind, defaultNamespace);
  const parsedB = parseSpecRef(b, defaultKind, defaultNamespace);
  return (
    parsedA !== undefined &&
    parsedB !== undefined &&
    stringifyEntityRef(parsedA) === stringifyEntityRef(parsedB)
  );
}
