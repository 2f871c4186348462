import { KpiSummary } from '@ai-marketplace/plugin-ai-marketplace-common';
import { KpiSummaryTrend } from '../../hooks/useKpiSummaryTrend';
import {
  formatDays,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatShortDay,
} from '../../lib/kpiFormat';
import { windowLength } from '../../lib/kpiWindow';
import { KpiTileProps } from '../KpiTile';

/** A tile's props, keyed for React. */
export type SummaryTile = KpiTileProps & { id: string };

const NO_DATA = '—';

const percentOrDash = (share: number | null) =>
  share === null ? NO_DATA : formatPercent(share);

const RATE_FORMATS = { formatValue: formatPercent, formatChange: formatPoints };
const DAY_FORMATS = { formatValue: formatDays, formatChange: formatDays };

/**
 * The six tiles the KPI summary feeds, each with its trend over the
 * consecutive sub-windows (the backend keeps no KPI history, so the trend
 * is the same KPI computed over each part of the window).
 */
export function summaryTiles(data: KpiSummaryTrend): SummaryTile[] {
  const { overall, points } = data;
  const last = points[points.length - 1];
  const trendSource = last
    ? `${points.length} periods of ${windowLength(last.window)} days`
    : 'the window';
  const trendOf = (pick: (summary: KpiSummary) => number | null) =>
    points.map(point => ({
      label: formatPeriod(point.window),
      value: pick(point.summary),
    }));

  const { reuse, duplication, timeToFirstExperiment: ttfe } = overall;
  const { selfServe, knowledgeCapture, ownershipConcentration } = overall;
  const decided = selfServe.selfServe + selfServe.assisted;

  return [
    {
      id: 'cross-team-reuse',
      title: 'Cross-team reuse',
      value: percentOrDash(reuse.rate),
      detail:
        reuse.assets > 0
          ? `${reuse.reusedAssets} of ${reuse.assets} assets used by another team`
          : 'No AI assets in this window',
      explanation:
        'Share of AI assets that a team other than the owner viewed, copied, adopted, forked or invoked in the window.',
      trend: trendOf(s => s.reuse.rate),
      better: 'higher',
      trendSource,
      ...RATE_FORMATS,
    },
    {
      id: 'duplication',
      title: 'Duplication rate',
      value: percentOrDash(duplication.rate),
      detail: duplication.detectedAt
        ? `${duplication.duplicatedAssets} of ${
            duplication.assets
          } assets; clusters found ${formatShortDay(
            duplication.detectedAt.slice(0, 10),
          )}`
        : 'Near-duplicate detection has not run yet',
      explanation:
        'Share of assets with a near-duplicate owned by another team: the same work done twice. Lower is better.',
      trend: trendOf(s => s.duplication.rate),
      better: 'lower',
      trendSource,
      ...RATE_FORMATS,
    },
    {
      id: 'time-to-first-experiment',
      title: 'Time to first experiment',
      value: ttfe.medianDays === null ? NO_DATA : formatDays(ttfe.medianDays),
      detail:
        ttfe.assets > 0
          ? `Median of ${ttfe.assets} assets${
              ttfe.p90Days === null ? '' : `, p90 ${formatDays(ttfe.p90Days)}`
            }; ${ttfe.untried} new not tried yet`
          : `No first experiment in this window; ${ttfe.untried} new assets not tried yet`,
      explanation:
        "Median days from an asset's registration in the catalog to its first experiment by any team. Lower is better.",
      trend: trendOf(s => s.timeToFirstExperiment.medianDays),
      better: 'lower',
      trendSource,
      ...DAY_FORMATS,
    },
    {
      id: 'self-serve',
      title: 'Self-serve rate',
      value: percentOrDash(selfServe.rate),
      detail:
        selfServe.experiments > 0
          ? `${selfServe.selfServe} of ${decided} experiments${
              selfServe.unknown > 0
                ? ` (${selfServe.unknown} not said yet)`
                : ''
            }`
          : 'No experiment started in this window',
      explanation:
        'Share of experiments that teams ran without the central AI team: teams moving on their own.',
      trend: trendOf(s => s.selfServe.rate),
      better: 'higher',
      trendSource,
      ...RATE_FORMATS,
    },
    {
      id: 'knowledge-capture',
      title: 'Knowledge capture',
      value: percentOrDash(knowledgeCapture.rate),
      detail:
        knowledgeCapture.finished > 0
          ? `${knowledgeCapture.withLearnings} of ${knowledgeCapture.finished} finished experiments`
          : 'No experiment finished in this window',
      explanation:
        'Share of experiments finished in the window with a link to documented learnings, so others can build on them.',
      trend: trendOf(s => s.knowledgeCapture.rate),
      better: 'higher',
      trendSource,
      ...RATE_FORMATS,
    },
    {
      id: 'ownership-concentration',
      title: 'Ownership concentration',
      value: percentOrDash(ownershipConcentration.share),
      detail:
        ownershipConcentration.workflows > 0
          ? `${ownershipConcentration.coordinationOwned} of ${ownershipConcentration.workflows} workflows`
          : 'No AI workflow in the catalog',
      explanation:
        'Share of AI workflows the central coordination groups own themselves; a rising share is the centralization trap.',
      trend: trendOf(s => s.ownershipConcentration.share),
      better: 'lower',
      trendSource,
      ...RATE_FORMATS,
    },
  ];
}
