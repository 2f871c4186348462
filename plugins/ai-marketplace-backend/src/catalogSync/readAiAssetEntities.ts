import {
  AIWorkflowEntityV1alpha1,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  PromptLibraryEntityV1alpha1,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** Entities per catalog request: pages keep each response small. */
const PAGE_SIZE = 500;

/**
 * Every AIWorkflow and PromptLibrary in the catalog, read page by page with
 * the plugin's own service credentials, with only the `fields` asked for
 * (`kind` and `apiVersion` are always included, to recognise the kinds).
 * Stops between pages, throwing, when `signal` is aborted.
 */
export async function readAiAssetEntities(options: {
  catalog: CatalogService;
  auth: AuthService;
  fields: string[];
  signal?: AbortSignal;
}): Promise<Array<AIWorkflowEntityV1alpha1 | PromptLibraryEntityV1alpha1>> {
  const { catalog, auth, signal } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const fields = [...new Set(['kind', 'apiVersion', ...options.fields])];
  const assets: Array<AIWorkflowEntityV1alpha1 | PromptLibraryEntityV1alpha1> =
    [];
  for await (const page of catalog.streamEntities(
    {
      filter: { kind: ['AIWorkflow', 'PromptLibrary'] },
      fields,
      pageSize: PAGE_SIZE,
    },
    { credentials },
  )) {
    signal?.throwIfAborted();
    for (const entity of page) {
      if (isAIWorkflowEntity(entity) || isPromptLibraryEntity(entity)) {
        assets.push(entity);
      }
    }
  }
  return assets;
}
