import { ASSET_KINDS, KIND_LABELS, MarketplaceAsset } from './assets';
import {
  NO_READINESS_LEVEL,
  READINESS_LEVEL_ORDER,
  readinessLabel,
  readinessValueOf,
} from './readiness';

/** The facets of the marketplace, in the order they are shown. */
export const FACET_IDS = [
  'kind',
  'function',
  'owner',
  'guild',
  'actionTier',
  'riskTier',
  'lifecycle',
  'readiness',
] as const;

/** @public */
export type FacetId = (typeof FACET_IDS)[number];

/** The values chosen per facet; an asset must match one value of every facet chosen. */
export type FacetSelection = Partial<Record<FacetId, string[]>>;

/** How a facet reads an asset. */
export type FacetDefinition = {
  id: FacetId;
  label: string;
  valueOf: (asset: MarketplaceAsset) => string | undefined;
  /** The label of the asset's value; the value itself when absent. */
  labelOf?: (asset: MarketplaceAsset) => string | undefined;
  /** Values in their natural order (tiers, lifecycle); others by count. */
  order?: readonly string[];
};

export const FACETS: readonly FacetDefinition[] = [
  {
    id: 'kind',
    label: 'Kind',
    valueOf: asset => asset.kind,
    labelOf: asset => KIND_LABELS[asset.kind],
    order: ASSET_KINDS,
  },
  { id: 'function', label: 'Function', valueOf: asset => asset.function },
  {
    id: 'owner',
    label: 'Owner team',
    valueOf: asset => asset.owner?.ref,
    labelOf: asset => asset.owner?.title,
  },
  {
    id: 'guild',
    label: 'Guild',
    valueOf: asset => asset.guild?.ref,
    labelOf: asset => asset.guild?.title,
  },
  {
    id: 'actionTier',
    label: 'Action tier',
    valueOf: asset => asset.actionTier,
    order: ['read', 'recommend', 'write', 'execute'],
  },
  {
    id: 'riskTier',
    label: 'Risk tier',
    valueOf: asset => asset.riskTier,
    order: ['low', 'medium', 'high'],
  },
  {
    id: 'lifecycle',
    label: 'Lifecycle',
    valueOf: asset => asset.lifecycle,
    order: ['experimental', 'production', 'deprecated'],
  },
  {
    id: 'readiness',
    label: 'Readiness',
    valueOf: readinessValueOf,
    labelOf: asset => {
      const value = readinessValueOf(asset);
      return value === undefined ? undefined : readinessLabel(value);
    },
    order: [...READINESS_LEVEL_ORDER, NO_READINESS_LEVEL],
  },
];

/** Whether any facet has a value chosen. */
export function hasFacetSelection(selection: FacetSelection): boolean {
  return FACET_IDS.some(id => (selection[id]?.length ?? 0) > 0);
}
