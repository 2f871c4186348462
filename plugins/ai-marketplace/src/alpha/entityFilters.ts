import { GUILD_GROUP_TYPE } from '@ai-marketplace/plugin-ai-marketplace-common';

/*
 * Which entity pages show our cards and tabs, as filter predicates (matched
 * case-insensitively; adopters can replace them with the `filter` config of
 * each extension). The same cases as the legacy app's EntityPage.
 */

export const isAIWorkflow = { kind: 'AIWorkflow' };

export const isPromptLibrary = { kind: 'PromptLibrary' };

export const isMarketplaceAsset = {
  kind: { $in: ['AIWorkflow', 'PromptLibrary'] },
};

/** Guilds are Groups of spec.type guild. */
export const isGuild = { kind: 'Group', 'spec.type': GUILD_GROUP_TYPE };
