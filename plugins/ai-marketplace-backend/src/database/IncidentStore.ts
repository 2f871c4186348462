import { IncidentSeverity } from '@ai-marketplace/plugin-ai-marketplace-common';

/** An AI incident as stored. */
export type IncidentRecord = {
  id: string;
  entityRef: string;
  severity: IncidentSeverity;
  summary: string;
  occurredAt: Date;
  reportedBy: string;
  /** The team a user reported it for; absent when a service reported it. */
  teamRef?: string;
  recordedAt: Date;
};

/**
 * An incident to record: validated and attributed. A left-out `occurredAt`
 * is not compared on a replay.
 */
export type NewIncident = Omit<IncidentRecord, 'occurredAt' | 'recordedAt'> & {
  occurredAt?: Date;
};

/** Which incidents to list: all filters apply together. */
export type IncidentFilter = {
  entityRef?: string;
  /** Occurred at or after this instant. */
  occurredFrom: Date;
  /** Occurred before this instant. */
  occurredBefore: Date;
  limit: number;
};

/** What reporting did, and the incident as stored. */
export type IncidentWrite = {
  incident: IncidentRecord;
  /** False for a replay that matched what was already stored. */
  recorded: boolean;
};

/** Where AI incidents live. */
export interface IncidentStore {
  /**
   * Stores a new incident, as occurring at `now` unless it says when. An id
   * already stored with the same content is a replay, which returns the
   * stored incident; with other content it is a `ConflictError`.
   */
  record(incident: NewIncident, now: Date): Promise<IncidentWrite>;

  /** The matching incidents, the latest first. */
  list(filter: IncidentFilter): Promise<IncidentRecord[]>;
}
