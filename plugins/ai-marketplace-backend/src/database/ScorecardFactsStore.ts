import { ReadinessRecords } from '@ai-marketplace/plugin-ai-marketplace-node';

/** Reads what the backend recorded (evaluations, incidents, curation, reuse) for readiness checks. */
export interface ScorecardFactsStore {
  /**
   * The records of every asset that has any (assets absent from the map
   * have none), with one query per kind of record however many assets
   * there are. `entityRefs` narrows it to those assets (a recompute of one);
   * incidents before `incidentsSince` are left out.
   */
  recordsFor(options: {
    entityRefs?: string[];
    incidentsSince: Date;
  }): Promise<Map<string, ReadinessRecords>>;
}
