import {
  OwnershipConcentrationKpi,
  OwnershipShare,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiStore } from '../database/KpiStore';
import { windowBounds } from '../service/window';
import { KpiRequest, ownedAssets, scopeOf, share } from './kpiRequest';

function ownershipShare(
  owners: Array<{ ownerRef: string; workflows: number }>,
  coordinationGroups: Set<string>,
): OwnershipShare {
  const workflows = owners.reduce((sum, o) => sum + o.workflows, 0);
  const coordinationOwned = owners
    .filter(o => coordinationGroups.has(o.ownerRef))
    .reduce((sum, o) => sum + o.workflows, 0);
  return {
    workflows,
    coordinationOwned,
    share: share(coordinationOwned, workflows),
  };
}

/**
 * Ownership concentration: the share of AI workflows (owned by `team`, of
 * `function` / `guild`) that the coordination groups own themselves, in the
 * catalog at the end of the window and at its start — a rising share is the
 * centralization trap.
 */
export async function ownershipConcentration(
  store: KpiStore,
  request: KpiRequest,
  coordinationGroups: string[],
): Promise<OwnershipConcentrationKpi> {
  const { start, end } = windowBounds(request.window);
  const filter = ownedAssets(request);
  const owners = await store.workflowOwnersAt({ start, end }, filter);
  const atEnd = owners.map(o => ({ ownerRef: o.ownerRef, workflows: o.atEnd }));
  const atStart = owners.map(o => ({
    ownerRef: o.ownerRef,
    workflows: o.atStart,
  }));
  const groups = new Set(coordinationGroups);
  return {
    ...scopeOf(request),
    ...ownershipShare(atEnd, groups),
    coordinationGroups,
    atStart: ownershipShare(atStart, groups),
    byGroup: coordinationGroups.map(groupRef => ({
      groupRef,
      workflows: atEnd.find(o => o.ownerRef === groupRef)?.workflows ?? 0,
    })),
  };
}
