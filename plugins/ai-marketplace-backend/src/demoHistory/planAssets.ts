import { DemoAsset, DemoOrganisation } from './demoOrganisation';
import { DAY_MS, DemoPeriod } from './DemoPeriod';
import { SeededRandom } from './SeededRandom';

/** When an asset appeared, how popular it is, and how it was derived. */
export type AssetPlan = {
  asset: DemoAsset;
  registeredAt: Date;
  /** Relative popularity; the most popular assets are reused most widely. */
  popularity: number;
  /** Relative popularity of each prompt of a library. */
  promptWeights: Map<string, number>;
  /** For a derived workflow: when its team forked the source. */
  forkedSourceAt?: Date;
};

const LIFECYCLE_POPULARITY: Record<string, number> = {
  production: 1.5,
  experimental: 0.8,
  deprecated: 0.5,
};

/** How many derivations lead from an asset back to its root (cycles count 0). */
function derivationDepths(assets: Map<string, DemoAsset>): Map<string, number> {
  const depths = new Map<string, number>();
  const depthOf = (ref: string, visiting: Set<string>): number => {
    const known = depths.get(ref);
    if (known !== undefined) {
      return known;
    }
    const source = assets.get(ref)?.derivedFromRef;
    let depth = 0;
    if (source && assets.has(source) && !visiting.has(source)) {
      visiting.add(ref);
      depth = depthOf(source, visiting) + 1;
      visiting.delete(ref);
    }
    depths.set(ref, depth);
    return depth;
  };
  for (const ref of assets.keys()) {
    depthOf(ref, new Set());
  }
  return depths;
}

/**
 * Registration dates spread over the period — production assets early,
 * experiments later, a derived workflow some weeks after its source, with
 * the fork of the source in between — and a popularity per asset.
 */
export function planAssets(
  organisation: DemoOrganisation,
  period: DemoPeriod,
  random: SeededRandom,
): Map<string, AssetPlan> {
  const byRef = new Map(organisation.assets.map(a => [a.ref, a]));
  const depths = derivationDepths(byRef);
  const ordered = [...organisation.assets].sort(
    (a, b) =>
      depths.get(a.ref)! - depths.get(b.ref)! || a.ref.localeCompare(b.ref),
  );
  const span = period.now.getTime() - period.start.getTime();
  const latest = period.now.getTime() - Math.min(10 * DAY_MS, span / 10);

  const plans = new Map<string, AssetPlan>();
  for (const asset of ordered) {
    const r = random.fork(`asset:${asset.ref}`);
    const source = asset.derivedFromRef
      ? plans.get(asset.derivedFromRef)
      : undefined;
    let registeredAt: Date;
    let forkedSourceAt: Date | undefined;
    if (source && depths.get(asset.ref)! > 0) {
      const sourceAt = source.registeredAt.getTime();
      const gapDays =
        asset.lifecycle === 'experimental'
          ? r.between(40, 80)
          : r.between(20, 45);
      let at = Math.min(sourceAt + gapDays * DAY_MS, latest);
      if (at <= sourceAt) {
        at = sourceAt + (period.now.getTime() - sourceAt) * 0.6;
      }
      registeredAt = new Date(Math.round(at));
      forkedSourceAt = new Date(
        Math.round(sourceAt + (at - sourceAt) * r.between(0.5, 0.8)),
      );
    } else {
      const [from, to] =
        asset.lifecycle === 'experimental' ? [0.25, 0.7] : [0, 0.12];
      registeredAt = new Date(
        Math.round(period.start.getTime() + r.between(from, to) * span),
      );
    }
    const derivations = organisation.assets.filter(
      a => a.derivedFromRef === asset.ref,
    ).length;
    const usedBy = organisation.assets.filter(a =>
      a.libraryRefs.includes(asset.ref),
    ).length;
    plans.set(asset.ref, {
      asset,
      registeredAt,
      forkedSourceAt,
      popularity:
        r.logNormal(0.45) *
        (LIFECYCLE_POPULARITY[asset.lifecycle ?? ''] ?? 1) *
        (1 + 0.5 * derivations + 0.3 * usedBy),
      promptWeights: new Map(asset.promptIds.map(id => [id, r.logNormal(0.7)])),
    });
  }
  return plans;
}
