import {
  EXPERIMENT_OUTCOMES,
  EXPERIMENT_STATUSES,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { z } from 'zod';
import { windowQueryFields } from '../service/window';
import { clientIdSchema, entityRefSchema } from '../service/commonSchemas';

/** The most experiments one list call returns. */
export const MAX_LISTED_EXPERIMENTS = 500;

/** Starting an experiment, as a client sends it (see ExperimentStartInput). */
export const experimentStartSchema = z
  .object({
    id: clientIdSchema,
    entityRef: entityRefSchema,
    team: z.string().min(1).max(255),
    startedAt: z.iso.datetime({ offset: true }).optional(),
    selfServe: z.boolean().optional(),
  })
  .strict();

/** Finishing an experiment (see ExperimentFinishInput). */
export const experimentFinishSchema = z
  .object({
    outcome: z.enum(EXPERIMENT_OUTCOMES),
    finishedAt: z.iso.datetime({ offset: true }).optional(),
    selfServe: z.boolean().optional(),
    learningsUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2048)
      .optional(),
  })
  .strict();

/** Query of the experiment list: optional filters, a window of start days. */
export const experimentListQuerySchema = z
  .object({
    entityRef: z.string().min(1).optional(),
    team: z.string().min(1).optional(),
    status: z.enum(EXPERIMENT_STATUSES).optional(),
    ...windowQueryFields,
  })
  .strict();
