import {
  parseEntityRef,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useMemo } from 'react';
import {
  IdentityApi,
  identityApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { CatalogApi, catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** A group the signed-in user may act for. */
export type UserTeam = {
  /** Entity ref, e.g. `group:default/customer-support`. */
  ref: string;
  /** The group's title, else its name. */
  title: string;
};

const isGroupRef = (ref: string) => {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group';
  } catch {
    return false;
  }
};

/**
 * The teams the signed-in user may record reuse and experiments for. The
 * backend accepts a team only when the catalog lists the user as its member
 * (`memberOf`), so the catalog is read first; sign-in's ownership refs are
 * the fallback for a user the catalog does not know. Guilds are groups too,
 * but one acts for a team, not a community of practice: they are offered
 * only to someone who belongs to no team. Sorted by title.
 */
async function loadUserTeams(
  identityApi: IdentityApi,
  catalogApi: CatalogApi,
): Promise<UserTeam[]> {
  const identity = await identityApi.getBackstageIdentity();
  const user = await catalogApi.getEntityByRef(identity.userEntityRef);
  const groupRefs = user
    ? (user.relations ?? [])
        .filter(relation => relation.type === RELATION_MEMBER_OF)
        .map(relation => relation.targetRef)
    : identity.ownershipEntityRefs.filter(isGroupRef);
  const unique = [
    ...new Set(groupRefs.map(ref => ref.toLocaleLowerCase('en-US'))),
  ];
  if (unique.length === 0) {
    return [];
  }
  const { items } = await catalogApi.getEntitiesByRefs({
    entityRefs: unique,
  });
  const groups = unique.map((ref, i) => {
    const group = items[i];
    return {
      ref: group ? stringifyEntityRef(group) : ref,
      title: group?.metadata.title ?? group?.metadata.name ?? ref,
      isGuild:
        (group?.spec as { type?: unknown } | undefined)?.type === 'guild',
    };
  });
  const teams = groups.filter(group => !group.isGuild);
  return (teams.length > 0 ? teams : groups)
    .map(({ ref, title }) => ({ ref, title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * The user's teams as an async state, plus `teams`, the promise of them: an
 * action taken while they load (a copy) awaits it and is recorded once they
 * are known, even if its component has unmounted by then.
 */
export function useUserTeams() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  const teams = useMemo(() => {
    const loading = loadUserTeams(identityApi, catalogApi);
    // The state below and every waiting action handle the failure.
    loading.catch(() => undefined);
    return loading;
  }, [identityApi, catalogApi]);
  const state = useAsync(() => teams, [teams]);
  return { ...state, teams };
}
