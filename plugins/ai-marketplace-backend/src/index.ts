/**
 * The AI Marketplace backend plugin: reuse events and their summaries.
 *
 * @packageDocumentation
 */

export { aiMarketplacePlugin as default } from './plugin';
