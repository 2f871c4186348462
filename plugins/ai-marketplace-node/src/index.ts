/**
 * Node library of the AI Marketplace: extension points other backend
 * modules use to extend the marketplace backend.
 *
 * @packageDocumentation
 */
export * from './readinessChecks';
export * from './scorecardExtensionPoint';
