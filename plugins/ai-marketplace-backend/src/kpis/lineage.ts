import {
  KpiAsset,
  LineageEdge,
  LineageKpi,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiCatalogAsset, KpiStore } from '../database/KpiStore';
import { windowBounds } from '../service/window';
import { KpiRequest, scopeOf } from './kpiRequest';
import { compareText } from '../service/compareText';

function assetOf(asset: KpiCatalogAsset): KpiAsset {
  const { entityRef, kind, title, ownerRef, guildRef } = asset;
  return {
    entityRef,
    kind,
    title,
    ownerRef,
    function: asset.function,
    guildRef,
  };
}

/**
 * The first ancestor of a derived asset and how many links away it is,
 * following `derivedFrom` through the assets the catalog has; a cycle stops
 * the walk where it closes.
 */
function ancestry(
  asset: KpiCatalogAsset,
  byRef: Map<string, KpiCatalogAsset>,
): { rootRef: string; generation: number } {
  const seen = new Set([asset.entityRef]);
  let rootRef = asset.derivedFromRef!;
  let generation = 1;
  let parent = byRef.get(rootRef);
  while (
    parent?.derivedFromRef &&
    !seen.has(parent.entityRef) &&
    !seen.has(parent.derivedFromRef)
  ) {
    seen.add(parent.entityRef);
    rootRef = parent.derivedFromRef;
    generation += 1;
    parent = byRef.get(rootRef);
  }
  return { rootRef, generation };
}

/**
 * Reuse lineage: the `derivedFrom` links of the assets in the catalog at
 * the end of the window. `team` keeps links where it owns the derived asset
 * or its origin; `function` / `guild` are the derived asset's. Each link
 * carries the derived asset's reuse events in the window; roots are the
 * first ancestors, with how many assets in scope descend from them and how
 * many other teams own those.
 */
export async function lineage(
  store: KpiStore,
  request: KpiRequest,
  limit: number,
): Promise<LineageKpi> {
  const { start, end } = windowBounds(request.window);
  const assets = await store.derivationAssets(end);
  const byRef = new Map(assets.map(asset => [asset.entityRef, asset]));

  const inScope = assets.filter(asset => {
    if (!asset.derivedFromRef) {
      return false;
    }
    const origin = byRef.get(asset.derivedFromRef);
    return (
      (!request.team ||
        asset.ownerRef === request.team ||
        origin?.ownerRef === request.team) &&
      (!request.function || asset.function === request.function) &&
      (!request.guild || asset.guildRef === request.guild)
    );
  });
  const events = await store.eventsOfAssets(
    request.window,
    inScope.map(asset => asset.entityRef),
  );

  const edges: LineageEdge[] = inScope.map(asset => {
    const origin = byRef.get(asset.derivedFromRef!);
    return {
      ...assetOf(asset),
      derivedFromRef: asset.derivedFromRef!,
      origin: origin ? assetOf(origin) : null,
      crossTeam: origin ? origin.ownerRef !== asset.ownerRef : null,
      ...ancestry(asset, byRef),
      registeredAt: asset.firstSeenAt.toISOString(),
      events: events.get(asset.entityRef) ?? 0,
    };
  });

  const roots = new Map<string, LineageEdge[]>();
  for (const edge of edges) {
    const descendants = roots.get(edge.rootRef);
    if (descendants) {
      descendants.push(edge);
    } else {
      roots.set(edge.rootRef, [edge]);
    }
  }

  return {
    ...scopeOf(request),
    derivations: edges.length,
    crossTeamDerivations: edges.filter(edge => edge.crossTeam).length,
    newDerivations: inScope.filter(
      asset => asset.firstSeenAt >= start && asset.firstSeenAt < end,
    ).length,
    edges: [...edges]
      .sort(
        (x, y) => y.events - x.events || compareText(x.entityRef, y.entityRef),
      )
      .slice(0, limit),
    roots: [...roots]
      .map(([rootRef, descendants]) => {
        const root = byRef.get(rootRef);
        return {
          entityRef: rootRef,
          title: root?.title ?? null,
          ownerRef: root?.ownerRef ?? null,
          descendants: descendants.length,
          otherTeams: new Set(
            descendants
              .map(edge => edge.ownerRef)
              .filter(owner => owner !== root?.ownerRef),
          ).size,
        };
      })
      .sort(
        (x, y) =>
          y.descendants - x.descendants ||
          compareText(x.entityRef, y.entityRef),
      )
      .slice(0, limit),
  };
}

/**
 * The counts of `lineage`, for the summary: counted by the database, with
 * no link read.
 */
export async function lineageCounts(
  store: KpiStore,
  request: KpiRequest,
): Promise<
  Pick<LineageKpi, 'derivations' | 'crossTeamDerivations' | 'newDerivations'>
> {
  const { start, end } = windowBounds(request.window);
  const counts = await store.derivationCounts({
    at: end,
    since: start,
    filter: {
      teamRef: request.team,
      function: request.function,
      guildRef: request.guild,
    },
  });
  return {
    derivations: counts.derivations,
    crossTeamDerivations: counts.crossTeam,
    newDerivations: counts.newSince,
  };
}
