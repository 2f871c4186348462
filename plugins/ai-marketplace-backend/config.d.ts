import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** The AI Marketplace backend plugin. */
  aiMarketplace?: {
    /**
     * Groups of the central AI / platform teams ("coordination groups").
     * Ownership concentration is the share of workflows they own themselves;
     * a rising share is the centralization trap. Entity refs, e.g.
     * `group:default/ai-platform`. Default: none.
     */
    coordinationGroups?: string[];

    /** Copying the catalog's AI assets into the plugin's database for KPI filters. */
    catalogSync?: {
      /** When to refresh. Default: every 5 minutes, first run at start. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };

    /** Raw reuse events; the daily roll-ups that KPIs read are kept forever. */
    retention?: {
      /** Raw reuse events older than this many days are deleted. Default: 400. */
      rawEventDays?: number;
      /** When to delete them. Default: daily. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };

    /** Near-duplicate detection across teams. */
    duplicates?: {
      /**
       * Jaccard similarity (0..1) of word shingles from which two prompts or
       * workflows owned by different teams count as near-duplicates. Default: 0.5.
       */
      similarityThreshold?: number;
      /** When to look. Default: every hour, first run at start. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };

    /**
     * Writes plausible activity for the catalog's assets into an EMPTY
     * database at start, so a demo's dashboard is not blank. Never enable it
     * in production.
     */
    demoHistory?: {
      /** Default: false. */
      enabled?: boolean;
      /** How many days back to write. Default: 180. */
      days?: number;
    };
  };
}
