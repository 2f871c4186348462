/** An exemption of an asset from a check, as stored. */
export type StoredExemption = {
  id: string;
  entityRef: string;
  checkId: string;
  justification: string;
  /** The last UTC day it applies, `YYYY-MM-DD`. */
  expiresOn: string;
  createdBy: string;
  createdAt: Date;
  revokedBy?: string;
  revokedAt?: Date;
};

/** Where exemptions from readiness checks live. */
export interface ScorecardExemptionStore {
  /**
   * Stores a new exemption once. The same id with the same asset, check,
   * justification, expiry and author is a replay, which returns the stored
   * exemption; the id with other content is a `ConflictError`.
   */
  create(
    exemption: Omit<StoredExemption, 'revokedBy' | 'revokedAt'>,
  ): Promise<{ status: 'recorded' | 'replayed'; exemption: StoredExemption }>;

  /** One exemption by id. */
  get(id: string): Promise<StoredExemption | undefined>;

  /**
   * Revokes an exemption once; revoking it again changes nothing and is a
   * replay. Undefined when there is no such exemption.
   */
  revoke(
    id: string,
    revokedBy: string,
    revokedAt: Date,
  ): Promise<
    { status: 'revoked' | 'replayed'; exemption: StoredExemption } | undefined
  >;

  /**
   * Exemptions, newest first: of one asset or all; with `activeOn`, only
   * those not revoked and not expired on that UTC day.
   */
  list(options: {
    entityRef?: string;
    activeOn?: string;
    limit?: number;
  }): Promise<StoredExemption[]>;
}
