import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModuleAiMarketplace } from './module';
import { AIMarketplaceEntitiesProcessor } from './processor/AIMarketplaceEntitiesProcessor';

describe('catalogModuleAiMarketplace', () => {
  it('adds the AI Marketplace processor to the catalog', async () => {
    const addProcessor = jest.fn();
    await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, { addProcessor }]],
      features: [catalogModuleAiMarketplace],
    });
    expect(addProcessor).toHaveBeenCalledTimes(1);
    expect(addProcessor).toHaveBeenCalledWith(
      expect.any(AIMarketplaceEntitiesProcessor),
    );
  });
});
