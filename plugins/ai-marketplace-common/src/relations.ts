/**
 * Relation types the catalog module emits for AI Marketplace entities, in
 * pairs (forward, reverse). Ownership and dependencies use the catalog's own
 * `ownedBy`/`ownerOf` and `dependsOn`/`dependencyOf`.
 */

/** An asset is curated by a guild (`spec.guild`). */
export const RELATION_CURATED_BY = 'curatedBy';
/** A guild curates an asset. */
export const RELATION_CURATES = 'curates';

/** A workflow was adapted from another team's workflow (`spec.derivedFrom`). */
export const RELATION_DERIVED_FROM = 'derivedFrom';
/** A workflow was the source of another (reuse lineage). */
export const RELATION_DERIVATION_OF = 'derivationOf';

/** A workflow is sponsored by its technical partner (`spec.technicalSponsor`). */
export const RELATION_SPONSORED_BY = 'sponsoredBy';
/** A user or group sponsors a workflow. */
export const RELATION_SPONSORS = 'sponsors';

/** A workflow has a directly responsible individual (`spec.dri`). */
export const RELATION_HAS_DRI = 'hasDri';
/** A user is the DRI of a workflow. */
export const RELATION_DRI_OF = 'driOf';

/** A workflow has a business owner (`spec.businessOwner`). */
export const RELATION_HAS_BUSINESS_OWNER = 'hasBusinessOwner';
/** A user is the business owner of a workflow. */
export const RELATION_BUSINESS_OWNER_OF = 'businessOwnerOf';

/** A workflow lists a team in its contribution log (`spec.contributors`). */
export const RELATION_HAS_CONTRIBUTOR = 'hasContributor';
/** A team contributed to a workflow. */
export const RELATION_CONTRIBUTED_TO = 'contributedTo';

/** Every relation pair this product defines, forward → reverse. */
export const AI_MARKETPLACE_RELATION_PAIRS: ReadonlyArray<[string, string]> = [
  [RELATION_CURATED_BY, RELATION_CURATES],
  [RELATION_DERIVED_FROM, RELATION_DERIVATION_OF],
  [RELATION_SPONSORED_BY, RELATION_SPONSORS],
  [RELATION_HAS_DRI, RELATION_DRI_OF],
  [RELATION_HAS_BUSINESS_OWNER, RELATION_BUSINESS_OWNER_OF],
  [RELATION_HAS_CONTRIBUTOR, RELATION_CONTRIBUTED_TO],
];
