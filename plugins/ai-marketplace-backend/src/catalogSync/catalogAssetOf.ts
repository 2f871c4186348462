import {
  AIWorkflowEntityV1alpha1,
  isAIWorkflowEntity,
  PromptLibraryEntityV1alpha1,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogAsset } from '../database/CatalogAssetStore';
import { normalisedEntityRef } from '../service/normalisedEntityRef';

/** The fields of an entity the snapshot needs, to ask the catalog for no more. */
export const CATALOG_ASSET_FIELDS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.owner',
  'spec.function',
  'spec.guild',
  'spec.lifecycle',
  'spec.derivedFrom',
  'spec.evaluation.passRate',
  'spec.errorBudget',
];

/** Column widths of `catalog_assets` (see the migration). */
const MAX_REF = 255;
const MAX_TITLE = 255;
const MAX_FUNCTION = 64;
const MAX_LIFECYCLE = 32;
const MAX_PERIOD = 32;

/**
 * A ref from an entity's spec, normalised. A relative ref resolves in the
 * entity's own namespace, as the catalog resolves it for relations.
 */
function specRef(
  value: string | undefined,
  defaultKind: string,
  namespace: string,
  field: string,
): string | undefined {
  if (!value) {
    return undefined;
  }
  let qualified: string;
  try {
    qualified = stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: namespace }),
    );
  } catch {
    throw new InputError(
      `${field}: "${value}" is not a valid entity reference`,
    );
  }
  return withinWidth(
    normalisedEntityRef(qualified, defaultKind, field),
    MAX_REF,
    field,
  );
}

function withinWidth<T extends string | undefined>(
  value: T,
  width: number,
  field: string,
): T {
  if (value !== undefined && value.length > width) {
    throw new InputError(`${field}: longer than ${width} characters`);
  }
  return value;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : undefined;
}

/**
 * The snapshot row of an AIWorkflow or PromptLibrary. The catalog has
 * validated the entity, but a value that cannot be stored faithfully (a ref
 * that does not parse, a value wider than its column) is an `InputError`
 * naming the field, so that the caller skips that one asset.
 */
export function catalogAssetOf(
  entity: AIWorkflowEntityV1alpha1 | PromptLibraryEntityV1alpha1,
): CatalogAsset {
  const namespace = entity.metadata.namespace ?? 'default';
  const spec = entity.spec as Partial<AIWorkflowEntityV1alpha1['spec']> &
    Partial<PromptLibraryEntityV1alpha1['spec']>;
  const ownerRef = specRef(spec.owner, 'group', namespace, 'spec.owner');
  if (!ownerRef) {
    throw new InputError('spec.owner: missing');
  }
  const title = entity.metadata.title || entity.metadata.name;
  const errorBudget = isAIWorkflowEntity(entity)
    ? entity.spec.errorBudget
    : undefined;
  const incidents = optionalNumber(errorBudget?.incidents);
  return {
    entityRef: withinWidth(
      normalisedEntityRef(
        stringifyEntityRef(entity),
        entity.kind,
        'metadata.name',
      ),
      MAX_REF,
      'metadata.name',
    ),
    kind: isAIWorkflowEntity(entity) ? 'aiworkflow' : 'promptlibrary',
    // A title is for display only: a long one is shortened, not refused.
    title:
      title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title,
    ownerRef,
    function: withinWidth(
      optionalString(spec.function),
      MAX_FUNCTION,
      'spec.function',
    ),
    guildRef: specRef(
      optionalString(spec.guild),
      'group',
      namespace,
      'spec.guild',
    ),
    lifecycle: withinWidth(
      optionalString(spec.lifecycle),
      MAX_LIFECYCLE,
      'spec.lifecycle',
    ),
    derivedFromRef: isAIWorkflowEntity(entity)
      ? specRef(
          optionalString(entity.spec.derivedFrom),
          'aiworkflow',
          namespace,
          'spec.derivedFrom',
        )
      : undefined,
    evaluationThreshold: isAIWorkflowEntity(entity)
      ? optionalNumber(entity.spec.evaluation?.passRate)
      : undefined,
    errorBudgetIncidents:
      incidents !== undefined && Number.isInteger(incidents)
        ? incidents
        : undefined,
    errorBudgetPeriod: withinWidth(
      optionalString(errorBudget?.period),
      MAX_PERIOD,
      'spec.errorBudget.period',
    ),
  };
}
