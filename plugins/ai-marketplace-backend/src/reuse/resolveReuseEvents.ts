import {
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  ReuseEventInput,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { ReuseEvent } from '../database/ReuseEventStore';
import { timeNotInFuture } from '../service/clientTime';
import { cachedEntityRefNormaliser } from '../service/normalisedEntityRef';

/** The normalised entity refs of the assets a batch names, to fetch once. */
export function assetRefsOf(inputs: ReuseEventInput[]): string[] {
  const normalised = cachedEntityRefNormaliser();
  return [
    ...new Set(
      inputs.map((input, i) =>
        normalised(input.entityRef, 'aiworkflow', `events[${i}].entityRef`),
      ),
    ),
  ];
}

/**
 * Turns validated client input into events to store: the user comes from the
 * credentials, the team must be one of the user's groups, the asset must be
 * an AIWorkflow or PromptLibrary in the catalog, and a prompt id must be one
 * of the library's prompts. Problems name the field of the offending event.
 */
export function resolveReuseEvents(options: {
  inputs: ReuseEventInput[];
  userRef: string;
  groups: Set<string>;
  assets: Map<string, Entity>;
  now: Date;
}): ReuseEvent[] {
  const { inputs, userRef, groups, assets, now } = options;
  const normalised = cachedEntityRefNormaliser();
  return inputs.map((input, i) => {
    const field = `events[${i}]`;
    const entityRef = normalised(
      input.entityRef,
      'aiworkflow',
      `${field}.entityRef`,
    );
    const asset = assets.get(entityRef);
    if (
      !asset ||
      !(isAIWorkflowEntity(asset) || isPromptLibraryEntity(asset))
    ) {
      throw new InputError(
        `${field}.entityRef: "${input.entityRef}" is not an AIWorkflow or PromptLibrary in the catalog`,
      );
    }
    if (input.promptId !== undefined) {
      if (!isPromptLibraryEntity(asset)) {
        throw new InputError(
          `${field}.promptId: only a PromptLibrary has prompts`,
        );
      }
      if (!asset.spec.prompts.some(p => p.id === input.promptId)) {
        throw new InputError(
          `${field}.promptId: "${input.promptId}" is not a prompt of ${entityRef}`,
        );
      }
    }

    const teamRef = normalised(input.team, 'group', `${field}.team`);
    if (!groups.has(teamRef)) {
      throw new NotAllowedError(
        `${field}.team: you are not a member of ${teamRef}, so you cannot act for it`,
      );
    }

    const clientTime = timeNotInFuture(
      input.occurredAt,
      `${field}.occurredAt`,
      now,
    );

    return {
      id: input.id,
      entityRef,
      promptId: input.promptId,
      type: input.type,
      userRef,
      teamRef,
      occurredAt: clientTime ?? now,
      timedByServer: !clientTime,
    };
  });
}
