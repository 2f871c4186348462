import { Entity, KindValidator } from '@backstage/catalog-model';
import schema from './PromptLibrary.v1alpha1.schema.json';
import { AI_MARKETPLACE_API_VERSION, AssetLifecycle } from './common';
import { promptLibraryRuleViolations } from './rules';
import { createKindValidator } from './kindValidator';

/** @public */
export type PromptVariable = {
  name: string;
  description?: string;
  required?: boolean;
  default?: string;
};

/** @public */
export type PromptExample = {
  input: Record<string, string | number | boolean>;
  output?: string;
};

/** One prompt template of a library. */
export type PromptTemplate = {
  id: string;
  title: string;
  description?: string;
  template: string;
  variables?: PromptVariable[];
  version?: string;
  models?: string[];
  tags?: string[];
  examples?: PromptExample[];
};

/** A curated collection of prompt templates. */
export interface PromptLibraryEntityV1alpha1 extends Entity {
  apiVersion: typeof AI_MARKETPLACE_API_VERSION;
  kind: 'PromptLibrary';
  spec: {
    lifecycle: AssetLifecycle;
    owner: string;
    function: string;
    guild?: string;
    reviewedAt?: string;
    reviewCadence?: string;
    prompts: PromptTemplate[];
  };
}

/**
 * Validates a PromptLibrary: the JSON schema first, then the rules a schema cannot
 * express (unique prompt ids, template variables match declarations).
 */
export const promptLibraryEntityV1alpha1Validator: KindValidator =
  createKindValidator<PromptLibraryEntityV1alpha1>(
    schema,
    promptLibraryRuleViolations,
  );

/** @public */
export function isPromptLibraryEntity(
  entity: Entity,
): entity is PromptLibraryEntityV1alpha1 {
  return (
    entity.apiVersion === AI_MARKETPLACE_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === 'promptlibrary'
  );
}
