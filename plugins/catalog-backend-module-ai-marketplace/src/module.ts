import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { AIMarketplaceEntitiesProcessor } from './processor/AIMarketplaceEntitiesProcessor';

/**
 * Teaches the catalog the AIWorkflow and PromptLibrary kinds: validation and
 * relations. Remember to allow both kinds in `catalog.rules`.
 */
export const catalogModuleAiMarketplace = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'ai-marketplace',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new AIMarketplaceEntitiesProcessor());
      },
    });
  },
});
