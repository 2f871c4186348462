/**
 * Catalog backend module for the AI Marketplace: validates the AIWorkflow and
 * PromptLibrary kinds and emits their relations.
 *
 * @packageDocumentation
 */

export { catalogModuleAiMarketplace as default } from './module';
export { AIMarketplaceEntitiesProcessor } from './processor/AIMarketplaceEntitiesProcessor';
