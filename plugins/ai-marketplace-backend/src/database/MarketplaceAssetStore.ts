/** One present asset's stored state, without its curation flags. */
export type MarketplaceAssetRow = {
  entityRef: string;
  ownerRef: string;
  firstSeenAt: Date;
  /** Of its latest scorecard; null below the first level or never scored. */
  readinessLevel: string | null;
  /** Of its latest scorecard; null if never scored. */
  readinessScore: number | null;
  /** Reuse events of every type in the window. */
  reuseEvents: number;
  /** Distinct teams other than the owner that used it in the window. */
  consumingTeams: number;
};

/** What the marketplace lists: every present asset, in a few queries. */
export interface MarketplaceAssetStore {
  /** Every asset present in the catalog, reuse counted over `[from, to]`. */
  assetStates(window: {
    from: string;
    to: string;
  }): Promise<MarketplaceAssetRow[]>;
}
