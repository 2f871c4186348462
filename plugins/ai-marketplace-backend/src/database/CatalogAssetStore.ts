/** An AIWorkflow or PromptLibrary as the snapshot keeps it; refs normalised. */
export type CatalogAsset = {
  entityRef: string;
  kind: 'aiworkflow' | 'promptlibrary';
  title: string;
  ownerRef: string;
  function?: string;
  guildRef?: string;
  lifecycle?: string;
  derivedFromRef?: string;
  evaluationThreshold?: number;
  errorBudgetIncidents?: number;
  errorBudgetPeriod?: string;
};

/** An asset of the snapshot with when it was seen. */
export type StoredCatalogAsset = CatalogAsset & {
  firstSeenAt: Date;
  lastSeenAt: Date;
  /** When it disappeared from the catalog; absent while present. */
  removedAt?: Date;
};

/** What refreshing the snapshot changed. */
export type CatalogSnapshotChanges = {
  /** Assets seen for the first time. */
  added: number;
  /** Assets seen before and still (or again) present. */
  updated: number;
  /** Assets that had been removed and are back. */
  returned: number;
  /** Assets present before and gone now. */
  removed: number;
};

/** The plugin's copy of the catalog's AI assets, for KPI filters and joins. */
export interface CatalogAssetStore {
  /**
   * Makes the snapshot match the catalog as read at `seenAt`, in one
   * transaction: every asset given is upserted (its `firstSeenAt` kept from
   * the first sighting, `lastSeenAt` set, `removedAt` cleared); every stored
   * asset not given and not yet removed gets `removedAt`.
   */
  replaceSnapshot(
    assets: CatalogAsset[],
    seenAt: Date,
  ): Promise<CatalogSnapshotChanges>;

  /** The assets present in the catalog at the last refresh, by entity ref. */
  presentAssets(): Promise<StoredCatalogAsset[]>;
}
