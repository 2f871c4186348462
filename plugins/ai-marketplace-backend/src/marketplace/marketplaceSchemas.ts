import { z } from 'zod';
import { windowQueryFields } from '../service/window';

/** `GET /marketplace/assets`: the window reuse is counted over. */
export const marketplaceAssetsQuerySchema = z
  .object(windowQueryFields)
  .strict();
