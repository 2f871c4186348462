import { INCIDENT_SEVERITIES } from '@ai-marketplace/plugin-ai-marketplace-common';
import { z } from 'zod';
import { windowQueryFields } from '../service/window';
import { clientIdSchema, entityRefSchema } from '../service/commonSchemas';

/** The most incidents one list call returns. */
export const MAX_LISTED_INCIDENTS = 500;

/** An AI incident, as a user or a service reports it (see IncidentInput). */
export const incidentSchema = z
  .object({
    id: clientIdSchema,
    entityRef: entityRefSchema,
    severity: z.enum(INCIDENT_SEVERITIES),
    summary: z.string().trim().min(1).max(2000),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
    team: z.string().min(1).max(255).optional(),
  })
  .strict();

/** Query of the incident list: an optional workflow, a window of days. */
export const incidentListQuerySchema = z
  .object({
    entityRef: z.string().min(1).optional(),
    ...windowQueryFields,
  })
  .strict();
