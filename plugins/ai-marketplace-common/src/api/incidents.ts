/** Incident severities, worst first. */
export const INCIDENT_SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;

/** @public */
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** An AI incident as a user or a service reports it. */
export type IncidentInput = {
  /** Client-supplied id (1–64 of `A-Za-z0-9._:-`); a replay records nothing new. */
  id: string;
  /** The AIWorkflow at fault. */
  entityRef: string;
  severity: IncidentSeverity;
  /** What happened, 1–2,000 characters. */
  summary: string;
  /** ISO-8601 time it happened; defaults to when the backend receives it. */
  occurredAt?: string;
  /**
   * The team the user reports for: one of the user's groups. Required from
   * users; a service reports for no team and leaves it out.
   */
  team?: string;
};

/** An AI incident as the backend recorded it. */
export type Incident = {
  id: string;
  entityRef: string;
  severity: IncidentSeverity;
  summary: string;
  /** ISO-8601. */
  occurredAt: string;
  /** A user entity ref, or `service:<subject>` for a service. */
  reportedBy: string;
  /** The team a user reported it for; null when a service reported it. */
  teamRef: string | null;
  /** ISO-8601 time the backend recorded it. */
  recordedAt: string;
};

/** What reporting did: the incident as stored, and whether this call stored it. */
export type IncidentWriteResponse = Incident & {
  /** False for a replay that matched what was already stored. */
  recorded: boolean;
};

/** Incidents in a window, the latest first (at most 500). */
export type IncidentList = {
  items: Incident[];
};
