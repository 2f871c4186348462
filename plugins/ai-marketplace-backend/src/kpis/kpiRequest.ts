import { KpiScope } from '@ai-marketplace/plugin-ai-marketplace-common';
import { AssetFilter, DayWindow } from '../database/KpiStore';
import { normalisedEntityRef } from '../service/normalisedEntityRef';
import { parseWindow } from '../service/window';

/** A KPI query, validated: its window and its filters with refs normalised. */
export type KpiRequest = {
  window: DayWindow;
  team?: string;
  function?: string;
  guild?: string;
};

/** Checks the window (400 naming `from` / `to`) and normalises the refs. */
export function kpiRequest(
  query: {
    from?: string;
    to?: string;
    team?: string;
    function?: string;
    guild?: string;
  },
  now: Date,
): KpiRequest {
  return {
    window: parseWindow(query, now),
    team: query.team && normalisedEntityRef(query.team, 'group', 'team'),
    function: query.function,
    guild: query.guild && normalisedEntityRef(query.guild, 'group', 'guild'),
  };
}

/** The window and filters, echoed in every KPI response. */
export function scopeOf(request: KpiRequest): KpiScope {
  return {
    ...request.window,
    ...(request.team ? { team: request.team } : {}),
    ...(request.function ? { function: request.function } : {}),
    ...(request.guild ? { guild: request.guild } : {}),
  };
}

/** The assets a KPI about assets looks at: `team` is their owner. */
export function ownedAssets(request: KpiRequest): AssetFilter {
  return {
    ownerRef: request.team,
    function: request.function,
    guildRef: request.guild,
  };
}

/** Only the assets' function and guild (for KPIs where `team` is something else). */
export function assetAttributes(request: KpiRequest): AssetFilter {
  return { function: request.function, guildRef: request.guild };
}

/** part / whole, or null when there is nothing to divide. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
