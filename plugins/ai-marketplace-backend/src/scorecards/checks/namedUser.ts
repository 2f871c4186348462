import {
  ReadinessCatalogFacts,
  ReadinessCheckOutcome,
} from '@ai-marketplace/plugin-ai-marketplace-node';
import { fail, pass, stale } from './outcomes';
import { kindOfRef, refOf } from './refs';

/**
 * A spec field that must name a person who is in the catalog: missing is a
 * `fail`; a person the catalog no longer has (they left) is `stale` — a
 * name nobody answers to is worse than no name.
 */
export function namedUser(
  value: string | undefined,
  field: string,
  role: string,
  catalog: ReadinessCatalogFacts,
): ReadinessCheckOutcome {
  if (!value) {
    return fail(`No ${role} named`, `Name the ${role} in spec.${field}`);
  }
  const ref = refOf(value, 'user');
  if (!ref || kindOfRef(ref) !== 'user') {
    return fail(
      `spec.${field} "${value}" is not a user`,
      `Name one person, e.g. user:default/jane.doe, in spec.${field}`,
    );
  }
  if (!catalog.users.has(ref)) {
    return stale(
      `${role[0].toUpperCase()}${role.slice(
        1,
      )} ${ref} is not in the catalog (any more)`,
      `Name the current ${role} in spec.${field}`,
    );
  }
  return pass(`${role[0].toUpperCase()}${role.slice(1)}: ${ref}`);
}
