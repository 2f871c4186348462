import { useCallback } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { GUILD_GROUP_TYPE } from '@ai-marketplace/plugin-ai-marketplace-common';

/** The `spec.type` of a Group that is a team. */
export const TEAM_GROUP_TYPE = 'team';

/** A team or guild as the dashboard lists it. */
export type CatalogGroup = {
  /** `group:<namespace>/<name>`, lower case. */
  ref: string;
  /** Display name, else title, else name. */
  label: string;
};

/** The catalog's teams and guilds, sorted by label. */
export type CatalogGroups = {
  teams: CatalogGroup[];
  guilds: CatalogGroup[];
};

/** A group ref in the form the maps are keyed by. */
export function groupKey(ref: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind: 'group' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return ref.toLocaleLowerCase('en-US');
  }
}

function toCatalogGroup(entity: Entity): CatalogGroup {
  const profile = entity.spec?.profile as { displayName?: string } | undefined;
  return {
    ref: groupKey(stringifyEntityRef(entity)),
    label:
      profile?.displayName || entity.metadata.title || entity.metadata.name,
  };
}

const byLabel = (a: CatalogGroup, b: CatalogGroup) =>
  a.label.localeCompare(b.label);

/**
 * Teams and guilds from the catalog (Groups of `spec.type` team and guild):
 * the options of the dashboard's filters and the names shown for refs.
 */
export function useCatalogGroups() {
  const catalogApi = useApi(catalogApiRef);
  const state = useAsync(async (): Promise<CatalogGroups> => {
    const { items } = await catalogApi.getEntities({
      filter: {
        kind: 'Group',
        'spec.type': [TEAM_GROUP_TYPE, GUILD_GROUP_TYPE],
      },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.type',
        'spec.profile.displayName',
      ],
    });
    const ofType = (type: string) =>
      items
        .filter(entity => entity.spec?.type === type)
        .map(toCatalogGroup)
        .sort(byLabel);
    return { teams: ofType(TEAM_GROUP_TYPE), guilds: ofType(GUILD_GROUP_TYPE) };
  }, [catalogApi]);

  const groups = state.value;
  /** The display name of a group ref; its name when the catalog lacks it. */
  const labelOf = useCallback(
    (ref: string): string => {
      const key = groupKey(ref);
      const known =
        groups?.teams.find(group => group.ref === key) ??
        groups?.guilds.find(group => group.ref === key);
      if (known) {
        return known.label;
      }
      try {
        return parseEntityRef(ref, { defaultKind: 'group' }).name;
      } catch {
        return ref;
      }
    },
    [groups],
  );

  return { ...state, labelOf };
}
