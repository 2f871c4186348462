import { parseEntityRef } from '@backstage/catalog-model';
import { guildRouteRef } from '../routes';
import { useOptionalRoute } from './useOptionalRoute';

/**
 * Links to a guild's page in the marketplace, or undefined when the app has
 * not mounted the marketplace page (an app may use the guild card alone).
 */
export function useGuildPageLink(): (guildRef: string) => string | undefined {
  const guildRoute = useOptionalRoute(guildRouteRef);
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
