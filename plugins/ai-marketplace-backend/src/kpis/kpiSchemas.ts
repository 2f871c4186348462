import { KPI_GROUP_BYS } from '@ai-marketplace/plugin-ai-marketplace-common';
import { z } from 'zod';
import { assetFilterFields } from '../service/commonSchemas';
import { windowQueryFields } from '../service/window';

/**
 * Query fields of every KPI: the window (`from`, `to`, UTC days) and the
 * filters, each a single value. What `team` selects is said per KPI.
 */
export const kpiQueryFields = {
  ...windowQueryFields,
  ...assetFilterFields,
};

/** How many items a list may return: a whole number from 1 to `max`. */
function limitField(fallback: number, max: number) {
  return z.coerce.number().int().min(1).max(max).default(fallback);
}

export const kpiQuerySchema = z.object(kpiQueryFields).strict();

export const reuseKpiQuerySchema = z
  .object({ ...kpiQueryFields, groupBy: z.enum(KPI_GROUP_BYS).optional() })
  .strict();

export const topAssetsQuerySchema = z
  .object({ ...kpiQueryFields, limit: limitField(10, 100) })
  .strict();

/** Queries of the KPIs that list many items: matrix cells, lineage, workflows. */
export const kpiListQuerySchema = z
  .object({ ...kpiQueryFields, limit: limitField(100, 1000) })
  .strict();
