/**
 * On a guild (a Group with `spec.type: guild`): its leads, as comma-separated
 * user refs, e.g. `user:default/sam.chen, user:default/ana.ruiz`.
 */
export const ANNOTATION_GUILD_LEADS = 'ai-marketplace.io/guild-leads';

/**
 * On a model (a Resource with `spec.type: ai-model`): its approval status,
 * `approved` when the organisation has approved it for use.
 */
export const ANNOTATION_MODEL_APPROVAL = 'ai-marketplace.io/model-approval';

/** The `spec.type` of a Group that is a guild. */
export const GUILD_GROUP_TYPE = 'guild';

/** The `spec.type` of a Resource that is an AI model. */
export const AI_MODEL_RESOURCE_TYPE = 'ai-model';

/** Reads a guild's leads from its annotation, as written (trimmed, non-empty). */
export function parseGuildLeads(
  annotations?: Record<string, string>,
): string[] {
  return (annotations?.[ANNOTATION_GUILD_LEADS] ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
}
