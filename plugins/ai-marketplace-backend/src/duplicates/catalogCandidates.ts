import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AIWorkflowEntityV1alpha1,
  PromptLibraryEntityV1alpha1,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { DuplicateCandidate } from './findDuplicateClusters';

/** The text of a workflow compared for near-duplicates: its title (or name) and description. */
export function textOfWorkflow(entity: AIWorkflowEntityV1alpha1): string {
  return joinParts([
    entity.metadata.title ?? entity.metadata.name,
    entity.metadata.description,
  ]);
}

/** A workflow as a duplicate candidate, with id `aiworkflow:<namespace>/<name>`. */
export function workflowCandidate(
  entity: AIWorkflowEntityV1alpha1,
): DuplicateCandidate {
  return {
    id: entityRefOf(entity),
    kind: 'workflow',
    ownerRef: ownerRefOf(entity),
    text: textOfWorkflow(entity),
  };
}

/**
 * One duplicate candidate per prompt of a library, with id
 * `promptlibrary:<namespace>/<name>#<prompt id>` and text title, description
 * and template; every prompt is owned by the library's owner.
 */
export function promptCandidates(
  library: PromptLibraryEntityV1alpha1,
): DuplicateCandidate[] {
  const libraryRef = entityRefOf(library);
  const ownerRef = ownerRefOf(library);
  return library.spec.prompts.map(prompt => ({
    id: `${libraryRef}#${prompt.id}`,
    kind: 'prompt',
    ownerRef,
    text: joinParts([prompt.title, prompt.description, prompt.template]),
  }));
}

/** Lowercase, as entity refs are case-insensitive. */
function entityRefOf(
  entity: AIWorkflowEntityV1alpha1 | PromptLibraryEntityV1alpha1,
): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

/** `spec.owner` as a full lowercase ref, read the way the catalog reads it (default kind group). */
function ownerRefOf(
  entity: AIWorkflowEntityV1alpha1 | PromptLibraryEntityV1alpha1,
): string {
  const owner = entity.spec.owner;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return owner.toLocaleLowerCase('en-US');
  }
}

function joinParts(parts: Array<string | undefined>): string {
  return parts.filter(part => part).join('\n');
}
