import { DuplicatesReport } from '@ai-marketplace/plugin-ai-marketplace-common';
import { StoredCatalogAsset } from '../database/CatalogAssetStore';
import {
  DuplicateDetectionRun,
  StoredDuplicateItem,
} from '../database/DuplicateClusterStore';

/** Filters of `GET /duplicates`; refs normalised. */
export type DuplicatesFilter = {
  /** The owning team. */
  teamRef?: string;
  /** The business function, from the catalog snapshot. */
  function?: string;
  /** The curating guild, from the catalog snapshot. */
  guildRef?: string;
};

/**
 * The duplicates report: the clusters of the last run with at least one
 * member matching the filter (team: the member's owner; function and guild:
 * its asset in the snapshot), and the duplication rate over the present
 * assets matching the filter — the share that have a member in any cluster.
 * Every stored cluster spans two or more teams and links members only to
 * other teams' items, so a member always has a duplicate owned elsewhere.
 */
export function buildDuplicatesReport(options: {
  run?: DuplicateDetectionRun;
  assets: StoredCatalogAsset[];
  filter: DuplicatesFilter;
  /** Reported before the first run. */
  configuredThreshold: number;
}): DuplicatesReport {
  const { run, assets, filter } = options;
  const assetByRef = new Map(assets.map(asset => [asset.entityRef, asset]));

  const assetMatches = (asset: StoredCatalogAsset | undefined) =>
    (filter.function === undefined || asset?.function === filter.function) &&
    (filter.guildRef === undefined || asset?.guildRef === filter.guildRef);
  const itemMatches = (item: StoredDuplicateItem) =>
    (filter.teamRef === undefined || item.ownerRef === filter.teamRef) &&
    assetMatches(assetByRef.get(item.entityRef));

  const clusters = run?.clusters ?? [];
  const duplicated = new Set(
    clusters.flatMap(cluster => cluster.items.map(item => item.entityRef)),
  );
  const inScope = assets.filter(
    asset =>
      (filter.teamRef === undefined || asset.ownerRef === filter.teamRef) &&
      assetMatches(asset),
  );
  const withDuplicate = inScope.filter(asset =>
    duplicated.has(asset.entityRef),
  ).length;

  return {
    detectedAt: run ? run.detectedAt.toISOString() : null,
    similarityThreshold:
      run?.similarityThreshold ?? options.configuredThreshold,
    duplicationRate: {
      assets: inScope.length,
      assetsWithDuplicate: withDuplicate,
      rate: inScope.length ? withDuplicate / inScope.length : 0,
    },
    clusters: clusters
      .filter(cluster => cluster.items.some(itemMatches))
      .map(cluster => ({
        id: cluster.id,
        items: cluster.items.map(item => ({
          entityRef: item.entityRef,
          ...(item.promptId ? { promptId: item.promptId } : {}),
          ownerRef: item.ownerRef,
          title: item.title,
          similarity: item.similarity,
        })),
      })),
  };
}
