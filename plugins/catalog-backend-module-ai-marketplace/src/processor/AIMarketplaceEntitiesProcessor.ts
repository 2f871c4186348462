import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  AI_WORKFLOW_REF_KINDS,
  aiWorkflowEntityV1alpha1Validator,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  PROMPT_LIBRARY_REF_KINDS,
  promptLibraryEntityV1alpha1Validator,
  RELATION_BUSINESS_OWNER_OF,
  RELATION_CONTRIBUTED_TO,
  RELATION_CURATED_BY,
  RELATION_CURATES,
  RELATION_DERIVATION_OF,
  RELATION_DERIVED_FROM,
  RELATION_DRI_OF,
  RELATION_HAS_BUSINESS_OWNER,
  RELATION_HAS_CONTRIBUTOR,
  RELATION_HAS_DRI,
  RELATION_SPONSORED_BY,
  RELATION_SPONSORS,
} from '@ai-marketplace/plugin-ai-marketplace-common';

/** A ref found in a spec, with the relation pair it becomes. */
interface RelationSource {
  refs: Array<string | undefined>;
  defaultKind: string;
  forward: string;
  reverse: string;
}

const OWNERSHIP = { forward: RELATION_OWNED_BY, reverse: RELATION_OWNER_OF };
const DEPENDENCY = {
  forward: RELATION_DEPENDS_ON,
  reverse: RELATION_DEPENDENCY_OF,
};
const CURATION = { forward: RELATION_CURATED_BY, reverse: RELATION_CURATES };

function relationSources(entity: Entity): RelationSource[] {
  if (isAIWorkflowEntity(entity)) {
    const spec = entity.spec;
    const k = AI_WORKFLOW_REF_KINDS;
    return [
      { refs: [spec.owner], defaultKind: k.owner[0], ...OWNERSHIP },
      {
        refs: [spec.businessOwner],
        defaultKind: k.businessOwner[0],
        forward: RELATION_HAS_BUSINESS_OWNER,
        reverse: RELATION_BUSINESS_OWNER_OF,
      },
      {
        refs: [spec.dri],
        defaultKind: k.dri[0],
        forward: RELATION_HAS_DRI,
        reverse: RELATION_DRI_OF,
      },
      {
        refs: [spec.technicalSponsor],
        defaultKind: k.technicalSponsor[0],
        forward: RELATION_SPONSORED_BY,
        reverse: RELATION_SPONSORS,
      },
      { refs: [spec.guild], defaultKind: k.guild[0], ...CURATION },
      { refs: spec.models ?? [], defaultKind: k.models[0], ...DEPENDENCY },
      { refs: spec.prompts ?? [], defaultKind: k.prompts[0], ...DEPENDENCY },
      {
        refs: [spec.derivedFrom],
        defaultKind: k.derivedFrom[0],
        forward: RELATION_DERIVED_FROM,
        reverse: RELATION_DERIVATION_OF,
      },
      {
        refs: (spec.contributors ?? []).map(c => c.team),
        defaultKind: k['contributors.team'][0],
        forward: RELATION_HAS_CONTRIBUTOR,
        reverse: RELATION_CONTRIBUTED_TO,
      },
    ];
  }
  if (isPromptLibraryEntity(entity)) {
    const spec = entity.spec;
    const k = PROMPT_LIBRARY_REF_KINDS;
    return [
      { refs: [spec.owner], defaultKind: k.owner[0], ...OWNERSHIP },
      { refs: [spec.guild], defaultKind: k.guild[0], ...CURATION },
      {
        refs: spec.prompts.flatMap(p => p.models ?? []),
        defaultKind: k['prompts.models'][0],
        ...DEPENDENCY,
      },
    ];
  }
  return [];
}

/**
 * Validates the AIWorkflow and PromptLibrary kinds (schema and rules) and
 * emits the relations their specs describe, in both directions, so that the
 * catalog graph, owner pages and search see them.
 */
export class AIMarketplaceEntitiesProcessor implements CatalogProcessor {
  private readonly validators = [
    aiWorkflowEntityV1alpha1Validator,
    promptLibraryEntityV1alpha1Validator,
  ];

  getProcessorName(): string {
    return 'AIMarketplaceEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    for (const validator of this.validators) {
      if (await validator.check(entity)) {
        return true;
      }
    }
    return false;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const self = getCompoundEntityRef(entity);
    const emitted = new Set<string>();
    for (const source of relationSources(entity)) {
      for (const ref of source.refs) {
        if (!ref) continue;
        const target = parseEntityRef(ref, {
          defaultKind: source.defaultKind,
          defaultNamespace: self.namespace,
        });
        const key =
          `${source.forward}|${target.kind}:${target.namespace}/${target.name}`.toLocaleLowerCase(
            'en-US',
          );
        if (emitted.has(key)) continue;
        emitted.add(key);
        emitPair(emit, self, target, source.forward, source.reverse);
      }
    }
    return entity;
  }
}

function emitPair(
  emit: CatalogProcessorEmit,
  self: CompoundEntityRef,
  target: CompoundEntityRef,
  forward: string,
  reverse: string,
) {
  emit(processingResult.relation({ source: self, type: forward, target }));
  emit(
    processingResult.relation({ source: target, type: reverse, target: self }),
  );
}
