import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { guildRouteRef } from '../routes';

/**
 * Links to a guild's page in the marketplace, or undefined when the app has
 * not mounted the marketplace page (an app may use the guild card alone).
 */
export function useGuildPageLink(): (guildRef: string) => string | undefined {
  let guildRoute:
    | ((params: { namespace: string; name: string }) => string)
    | null;
  try {
    // useRouteRef calls all of its hooks before it throws for an unmounted
    // route, so catching here keeps the hook order stable on every render.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    guildRoute = useRouteRef(guildRouteRef);
  } catch {
    guildRoute = null;
  }
  return (guildRef: string) => {
    if (!guildRoute) {
      return undefined;
    }
    try {
      const { namespace, name } = parseEntityRef(guildRef, {
        defaultKind: 'group',
      });
      return guildRoute({ namespace, name });
    } catch {
      return undefined;
    }
  };
}
