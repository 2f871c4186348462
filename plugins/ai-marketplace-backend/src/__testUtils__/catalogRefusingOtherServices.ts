import { createServiceFactory } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

/**
 * The catalog as a caller with a token restricted to this plugin (such as
 * CI) meets it: every call made with service credentials other than the
 * plugin's own is refused. A route that reads the catalog with the caller's
 * credentials instead of `auth.getOwnServiceCredentials()` fails with it.
 */
export function catalogRefusingOtherServices(options: { entities: Entity[] }) {
  const catalog = catalogServiceMock({ entities: options.entities });
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () =>
      new Proxy(catalog, {
        get(target, property) {
          const value = Reflect.get(target, property);
          if (typeof value !== 'function') {
            return value;
          }
          return (...args: any[]) => {
            // Every catalog call takes `{ credentials }` as its last argument.
            const principal = args[args.length - 1]?.credentials?.principal;
            if (
              principal?.type === 'service' &&
              principal.subject !== 'plugin:ai-marketplace'
            ) {
              throw new NotAllowedError(
                `The catalog refuses ${principal.subject}`,
              );
            }
            return value.apply(target, args);
          };
        },
      }),
  });
}
