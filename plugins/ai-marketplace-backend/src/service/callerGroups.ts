import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { RELATION_MEMBER_OF } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * The groups the calling user is a member of, as the catalog says (its
 * `memberOf` relations), as lower-case entity refs.
 */
export async function callerGroups(
  catalog: CatalogService,
  credentials: BackstageCredentials<BackstageUserPrincipal>,
): Promise<Set<string>> {
  const user = await catalog.getEntityByRef(
    credentials.principal.userEntityRef,
    {
      credentials,
    },
  );
  return new Set(
    (user?.relations ?? [])
      .filter(r => r.type === RELATION_MEMBER_OF)
      .map(r => r.targetRef.toLocaleLowerCase('en-US')),
  );
}
