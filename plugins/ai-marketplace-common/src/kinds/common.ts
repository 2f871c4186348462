/** The apiVersion of every AI Marketplace entity kind. */
export const AI_MARKETPLACE_API_VERSION = 'ai-marketplace.io/v1alpha1' as const;

/** @public */
export type AssetLifecycle = 'experimental' | 'production' | 'deprecated';

/** Default review cadence of a prompt library when it declares none. */
export const DEFAULT_REVIEW_CADENCE = 'P90D';
