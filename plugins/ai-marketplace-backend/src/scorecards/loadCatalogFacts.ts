import {
  AI_MODEL_RESOURCE_TYPE,
  ANNOTATION_MODEL_APPROVAL,
  isPromptLibraryEntity,
  parseGuildLeads,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  ReadinessCatalogFacts,
  ScorecardAsset,
} from '@ai-marketplace/plugin-ai-marketplace-node';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { refOf } from './checks/refs';

/** Refs per catalog request. */
const BATCH = 1000;
/** Only what checks read of the entities assets point at. */
const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.annotations',
  'spec.type',
];

/** The refs an asset points at, by what they must be. */
function referencesOf(asset: ScorecardAsset, models: Set<string>): string[] {
  const refs: Array<string | undefined> = [
    refOf(asset.spec.owner, 'group'),
    refOf(asset.spec.guild, 'group'),
  ];
  const modelRefs = isPromptLibraryEntity(asset)
    ? asset.spec.prompts?.flatMap(p => p.models ?? []) ?? []
    : asset.spec.models ?? [];
  for (const model of modelRefs) {
    const ref = refOf(model, 'resource');
    if (ref) {
      models.add(ref);
      refs.push(ref);
    }
  }
  if (!isPromptLibraryEntity(asset)) {
    const spec = asset.spec;
    refs.push(
      refOf(spec.businessOwner, 'user'),
      refOf(spec.dri, 'user'),
      refOf(spec.technicalSponsor, 'group'),
      refOf(spec.killSwitch?.owner, 'user'),
      ...(spec.contributors ?? []).map(c => refOf(c.team, 'group')),
    );
  }
  return refs.filter((ref): ref is string => ref !== undefined);
}

async function fetchAll(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  refs: string[],
): Promise<Entity[]> {
  const found: Entity[] = [];
  for (let i = 0; i < refs.length; i += BATCH) {
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs.slice(i, i + BATCH), fields: FIELDS },
      { credentials },
    );
    for (const item of items) {
      if (item) {
        found.push(item);
      }
    }
  }
  return found;
}

/**
 * What the catalog says about everything the assets point at — owners,
 * people, sponsors, guilds and their leads, models — fetched by ref in
 * batches (each distinct ref once, whatever the number of assets), with
 * the fields checks need.
 */
export async function loadCatalogFacts(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  assets: readonly ScorecardAsset[],
): Promise<ReadinessCatalogFacts> {
  const modelRefs = new Set<string>();
  const wanted = new Set<string>();
  for (const asset of assets) {
    for (const ref of referencesOf(asset, modelRefs)) {
      wanted.add(ref);
    }
  }
  const entities = await fetchAll(catalog, credentials, [...wanted]);

  // Guild leads are named on the guilds: a second, usually small, round.
  const leadsOf = (entity: Entity) =>
    parseGuildLeads(entity.metadata.annotations).flatMap(
      lead => refOf(lead, 'user') ?? [],
    );
  const leads = new Set(
    entities
      .filter(e => e.kind.toLocaleLowerCase('en-US') === 'group')
      .flatMap(leadsOf)
      .filter(ref => !wanted.has(ref)),
  );
  entities.push(...(await fetchAll(catalog, credentials, [...leads])));

  const users = new Set<string>();
  const groups = new Map<string, { type?: string; leads: string[] }>();
  const models = new Map<string, { approval?: string }>();
  for (const entity of entities) {
    const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    const kind = entity.kind.toLocaleLowerCase('en-US');
    const type = (entity.spec as { type?: unknown } | undefined)?.type;
    if (kind === 'user') {
      users.add(ref);
    } else if (kind === 'group') {
      groups.set(ref, {
        type: typeof type === 'string' ? type : undefined,
        leads: leadsOf(entity),
      });
    }
    if (modelRefs.has(ref)) {
      // Anything else named as a model is there, but not an approvable model.
      models.set(
        ref,
        kind === 'resource' && type === AI_MODEL_RESOURCE_TYPE
          ? {
              approval:
                entity.metadata.annotations?.[ANNOTATION_MODEL_APPROVAL],
            }
          : {},
      );
    }
  }
  return { users, groups, models };
}
