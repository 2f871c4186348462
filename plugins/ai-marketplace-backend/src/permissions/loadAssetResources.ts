import {
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  parseGuildLeads,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AiMarketplaceAssetResource } from './assetResource';

/** A ref in the plugin's stored form, or undefined when it does not parse. */
function normalisedRefOrUndefined(
  ref: string,
  defaultKind: string,
): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** The asset's `spec.guild` as a group ref, if it names one. */
export function guildRefOf(asset: Entity): string | undefined {
  const guild = (asset.spec as { guild?: unknown } | undefined)?.guild;
  return typeof guild === 'string'
    ? normalisedRefOrUndefined(guild, 'group')
    : undefined;
}

/**
 * The permission resources of the given assets: each AIWorkflow or
 * PromptLibrary with the leads of its guild, read from the catalog with the
 * given credentials; undefined where the ref is not such an asset. Guilds are
 * fetched once however many assets share them.
 */
export async function loadAssetResources(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  assetRefs: string[],
): Promise<Array<AiMarketplaceAssetResource | undefined>> {
  const { items: assets } = await catalog.getEntitiesByRefs(
    { entityRefs: assetRefs },
    { credentials },
  );
  const guildRefs = [
    ...new Set(assets.flatMap(asset => (asset && guildRefOf(asset)) ?? [])),
  ];
  const { items: guilds } = guildRefs.length
    ? await catalog.getEntitiesByRefs(
        { entityRefs: guildRefs },
        { credentials },
      )
    : { items: [] };
  const leadsByGuild = new Map(
    guildRefs.map((ref, i) => {
      const guild = guilds[i];
      const leads =
        guild?.kind.toLocaleLowerCase('en-US') === 'group'
          ? parseGuildLeads(guild.metadata.annotations).flatMap(
              lead => normalisedRefOrUndefined(lead, 'user') ?? [],
            )
          : [];
      return [ref, leads] as const;
    }),
  );
  return assets.map(asset => {
    if (
      !asset ||
      !(isAIWorkflowEntity(asset) || isPromptLibraryEntity(asset))
    ) {
      return undefined;
    }
    const guildRef = guildRefOf(asset);
    return {
      entity: asset,
      guildLeads: (guildRef && leadsByGuild.get(guildRef)) || [],
    };
  });
}
