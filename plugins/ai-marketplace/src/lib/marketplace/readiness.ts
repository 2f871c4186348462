import { MarketplaceAsset } from './assets';

/** The facet value of assets below the first level or never scored. */
export const NO_READINESS_LEVEL = 'none';

/**
 * The default levels, highest first. Levels are configurable: one the page
 * does not know ranks below these and above none.
 */
export const READINESS_LEVEL_ORDER = ['gold', 'silver', 'bronze'] as const;

/** An asset's readiness facet value; absent when its state is unknown. */
export function readinessValueOf(asset: MarketplaceAsset): string | undefined {
  if (!asset.readiness) {
    return undefined;
  }
  return asset.readiness.level ?? NO_READINESS_LEVEL;
}

/** A level id as people read it: `gold` → `Gold`, `none` → `No level`. */
export function readinessLabel(level: string): string {
  if (level === NO_READINESS_LEVEL) {
    return 'No level';
  }
  return level.charAt(0).toLocaleUpperCase('en-US') + level.slice(1);
}

/** Lower is readier: the known levels, then unknown levels, none, unscored. */
function readinessRank(asset: MarketplaceAsset): number {
  const level = asset.readiness?.level;
  if (!asset.readiness) {
    return READINESS_LEVEL_ORDER.length + 2;
  }
  if (level === null || level === undefined) {
    return READINESS_LEVEL_ORDER.length + 1;
  }
  const known = (READINESS_LEVEL_ORDER as readonly string[]).indexOf(level);
  return known >= 0 ? known : READINESS_LEVEL_ORDER.length;
}

/** Readiest first: by level, then by score within a level. */
export function compareReadiness(
  a: MarketplaceAsset,
  b: MarketplaceAsset,
): number {
  return (
    readinessRank(a) - readinessRank(b) ||
    (b.readiness?.score ?? -1) - (a.readiness?.score ?? -1)
  );
}
