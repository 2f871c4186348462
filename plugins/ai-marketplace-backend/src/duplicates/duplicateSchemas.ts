import { z } from 'zod';
import { assetFilterFields } from '../service/commonSchemas';

/**
 * Query of `GET /duplicates`: optional filters, each a single value; `team`
 * is the owning team of a cluster member.
 */
export const duplicatesQuerySchema = z.object(assetFilterFields).strict();
