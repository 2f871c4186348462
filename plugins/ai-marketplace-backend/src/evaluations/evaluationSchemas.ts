import { z } from 'zod';
import { windowQueryFields } from '../service/window';
import { clientIdSchema, entityRefSchema } from '../service/commonSchemas';

/** The most results one list call returns. */
export const MAX_LISTED_EVALUATION_RESULTS = 500;

/** Fields the backend works out itself; a client that sends them is told so. */
const computed = z
  .never({
    error:
      "is computed from the workflow's spec.evaluation.passRate; do not send it",
  })
  .optional();

/** An evaluation result, as CI or a user sends it (see EvaluationResultInput). */
export const evaluationResultSchema = z
  .object({
    id: clientIdSchema,
    entityRef: entityRefSchema,
    version: z.string().min(1).max(64),
    dataset: z.string().min(1).max(512),
    passRate: z.number().min(0).max(1),
    evaluatedAt: z.iso.datetime({ offset: true }).optional(),
    passed: computed,
    threshold: computed,
  })
  .strict();

/** Query of the result list: an optional workflow, a window of days, a limit. */
export const evaluationResultListQuerySchema = z
  .object({
    entityRef: z.string().min(1).optional(),
    ...windowQueryFields,
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_LISTED_EVALUATION_RESULTS)
      .default(100),
  })
  .strict();
