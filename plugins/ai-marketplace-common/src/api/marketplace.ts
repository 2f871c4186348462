/** One asset of the marketplace: its state and its reuse over a window. */
export type MarketplaceAssetState = {
  entityRef: string;
  /** The readiness level of its latest scorecard; null below the first level or never scored. */
  readinessLevel: string | null;
  /** The score of its latest scorecard, 0–1; null if never scored. */
  readinessScore: number | null;
  /** Featured by its latest asset-level curation decision. */
  featured: boolean;
  /** Deprecated by its latest asset-level curation decision. */
  deprecated: boolean;
  /** ISO-8601 time it was first seen in the catalog. */
  firstSeenAt: string;
  /** Reuse events of every type in the window. */
  reuseEvents: number;
  /** Distinct teams other than the owner that used it in the window. */
  consumingTeams: number;
};

/** `GET /marketplace/assets`: every asset present in the catalog. */
export type MarketplaceAssetsResponse = {
  from: string;
  to: string;
  items: MarketplaceAssetState[];
};
