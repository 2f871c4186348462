import { MarketplaceAsset } from './assets';
import { FACETS, FacetId, FacetSelection } from './facets';
import { SortId } from './query';
import { compareReadiness } from './readiness';

/** One value of a facet, with how many results it would give. */
export type FacetOption = {
  value: string;
  label: string;
  /** Results with this value, given the search and the other facets. */
  count: number;
  selected: boolean;
};

/** A facet as the filters show it. */
export type FacetView = {
  id: FacetId;
  label: string;
  options: FacetOption[];
};

/** The words of a search, lowercased; an asset must contain them all. */
export function searchTokens(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The assets prepared for searching, once per catalog load: in title order
 * (so results come out in title order and sorting by reuse is a stable
 * numeric sort), each facet's value of each asset read up front, and each
 * value's label.
 */
export type AssetIndex = {
  assets: readonly MarketplaceAsset[];
  /** `values[f][i]`: the value of facet `FACETS[f]` for `assets[i]`. */
  values: ReadonlyArray<ReadonlyArray<string | undefined>>;
  labels: ReadonlyArray<ReadonlyMap<string, string>>;
};

export function indexAssets(assets: readonly MarketplaceAsset[]): AssetIndex {
  const sorted = [...assets].sort(
    (a, b) =>
      collator.compare(a.title, b.title) ||
      (a.entityRef < b.entityRef ? -1 : 1),
  );
  const values = FACETS.map(facet => sorted.map(facet.valueOf));
  const labels = FACETS.map((facet, f) => {
    const byValue = new Map<string, string>();
    sorted.forEach((asset, i) => {
      const value = values[f][i];
      if (value !== undefined && !byValue.has(value)) {
        byValue.set(value, facet.labelOf?.(asset) ?? value);
      }
    });
    return byValue;
  });
  return { assets: sorted, values, labels };
}

/**
 * Filters the assets by search words and facets, and counts each facet's
 * values the usual way: a facet's counts take the search and every *other*
 * facet into account, so choosing a value never hides its siblings.
 * One pass over the assets, whatever the number of facets; results keep
 * the index's title order.
 */
export function searchAssets(
  index: AssetIndex,
  text: string,
  selection: FacetSelection,
): { results: MarketplaceAsset[]; facets: FacetView[] } {
  const { assets, values, labels } = index;
  const tokens = searchTokens(text);
  const facetCount = FACETS.length;
  const chosen = FACETS.map(facet => {
    const wanted = selection[facet.id];
    return wanted?.length ? new Set(wanted) : undefined;
  });
  const counts = FACETS.map(() => new Map<string, number>());
  const results: MarketplaceAsset[] = [];

  for (let i = 0; i < assets.length; i++) {
    const asset = assets[i];
    if (tokens.length && !tokens.every(t => asset.searchText.includes(t))) {
      continue;
    }
    let failures = 0;
    let failedFacet = -1;
    for (let f = 0; f < facetCount && failures < 2; f++) {
      const wanted = chosen[f];
      if (wanted) {
        const value = values[f][i];
        if (value === undefined || !wanted.has(value)) {
          failures++;
          failedFacet = f;
        }
      }
    }
    if (failures >= 2) {
      continue;
    }
    if (failures === 0) {
      results.push(asset);
    }
    // A result counts for every facet; an asset failing one facet only
    // counts for that facet (it would be a result if that facet changed).
    for (let f = 0; f < facetCount; f++) {
      const value = values[f][i];
      if (value !== undefined && (failures === 0 || f === failedFacet)) {
        counts[f].set(value, (counts[f].get(value) ?? 0) + 1);
      }
    }
  }

  const facets = FACETS.map((facet, f) => {
    const selected = chosen[f] ?? new Set<string>();
    const options: FacetOption[] = [
      ...new Set([...counts[f].keys(), ...selected]),
    ].map(value => ({
      value,
      label: labels[f].get(value) ?? value,
      count: counts[f].get(value) ?? 0,
      selected: selected.has(value),
    }));
    const order = facet.order;
    const rank = (value: string) =>
      order && order.includes(value) ? order.indexOf(value) : Infinity;
    options.sort((a, b) => {
      if (order) {
        const byRank = rank(a.value) - rank(b.value);
        if (byRank) {
          return byRank;
        }
      } else if (a.count !== b.count) {
        return b.count - a.count;
      }
      return collator.compare(a.label, b.label);
    });
    return { id: facet.id, label: facet.label, options };
  });

  return { results, facets };
}

/**
 * Orders results that are in title order (as searchAssets returns them):
 * most reused first (reuse events in the window, then the number of other
 * teams; ties keep title order), or by title. Returns a new array.
 */
export function sortAssets(
  assets: readonly MarketplaceAsset[],
  sort: SortId,
): MarketplaceAsset[] {
  const sorted = [...assets];
  if (sort === 'reused') {
    // Array.prototype.sort is stable: equal reuse keeps title order.
    sorted.sort(
      (a, b) =>
        (b.reuse?.events ?? 0) - (a.reuse?.events ?? 0) ||
        (b.reuse?.consumingTeams ?? 0) - (a.reuse?.consumingTeams ?? 0),
    );
  } else if (sort === 'readiness') {
    sorted.sort(compareReadiness);
  } else if (sort === 'newest') {
    // ISO-8601 times in UTC order as strings; unknown ones go last.
    sorted.sort((a, b) => {
      const x = a.firstSeenAt ?? '';
      const y = b.firstSeenAt ?? '';
      if (x === y) {
        return 0;
      }
      return x < y ? 1 : -1;
    });
  }
  return sorted;
}
