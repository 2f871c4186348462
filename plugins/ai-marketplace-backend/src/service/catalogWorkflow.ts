import {
  AIWorkflowEntityV1alpha1,
  isAIWorkflowEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { AuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * The AIWorkflow a (normalised) entity ref names, or a 400 naming the field.
 * Read with the plugin's own credentials, not the caller's: a service such as
 * CI usually holds a token restricted to this plugin, which the catalog
 * would refuse.
 */
export async function catalogWorkflow(options: {
  catalog: CatalogService;
  auth: AuthService;
  entityRef: string;
  field: string;
}): Promise<AIWorkflowEntityV1alpha1> {
  const entity = await options.catalog.getEntityByRef(options.entityRef, {
    credentials: await options.auth.getOwnServiceCredentials(),
  });
  if (!entity || !isAIWorkflowEntity(entity)) {
    throw new InputError(
      `${options.field}: "${options.entityRef}" is not an AIWorkflow in the catalog`,
    );
  }
  return entity;
}
