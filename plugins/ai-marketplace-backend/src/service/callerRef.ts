import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';

/**
 * Who made a request, as the record names them: a user's entity ref, or
 * `service:<subject>` for a service, e.g. `service:ci-evaluations` for CI
 * with a static token of that subject.
 */
export function callerRef(
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >,
): string {
  const { principal } = credentials;
  return principal.type === 'user'
    ? principal.userEntityRef
    : `service:${principal.subject}`;
}
