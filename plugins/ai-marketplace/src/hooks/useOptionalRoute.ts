import {
  AnyRouteRefParams,
  RouteRef,
  SubRouteRef,
  useRouteRef,
} from '@backstage/core-plugin-api';

/**
 * The link function of a route, or null when the app has not mounted it
 * (an app may use our cards without our pages).
 */
export function useOptionalRoute(
  routeRef: RouteRef<undefined> | SubRouteRef<undefined>,
): (() => string) | null;
export function useOptionalRoute<Params extends { [name: string]: string }>(
  routeRef: RouteRef<Params> | SubRouteRef<Params>,
): ((params: Params) => string) | null;
export function useOptionalRoute(
  routeRef: RouteRef<AnyRouteRefParams> | SubRouteRef<AnyRouteRefParams>,
) {
  try {
    // useRouteRef calls all of its hooks before it throws for an unmounted
    // route, so catching here keeps the hook order stable on every render.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    return useRouteRef(routeRef);
  } catch {
    return null;
  }
}
