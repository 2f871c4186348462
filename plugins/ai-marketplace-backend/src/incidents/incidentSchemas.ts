import { INCIDENT_SEVERITIES } from '@ai-marketplace/plugin-ai-marketplace-common';
import { z } from 'zod';
import { windowQueryFields } from '../service/window';

/** The most incidents one list call returns. */
export const MAX_LISTED_INCIDENTS = 500;

/** An AI incident, as a user or a service reports it (see IncidentInput). */
export const incidentSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[A-Za-z0-9._:-]{1,64}$/,
        'must be 1-64 characters of A-Z a-z 0-9 . _ : -',
      ),
    entityRef: z.string().min(1).max(255),
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
