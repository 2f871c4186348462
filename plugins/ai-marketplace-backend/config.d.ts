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

    /**
     * The KPI block roll-ups. Recording an event updates the daily roll-up
     * only; a task folds it into the blocks the KPIs read. KPIs are exact
     * between folds (they add what is not folded yet); folding often keeps
     * their reads short.
     */
    kpiRollups?: {
      /** When to fold. Default: every 30 seconds. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Lengths in days of the windows ending today that KPIs read as one
       * pre-summed block (the fold moves them at the first run of each
       * day); other windows read the aligned blocks that tile them. Whole
       * numbers from 2 to 366, none a power of two up to 256. Default:
       * [30, 90, 180], the dashboard's windows; [] for none.
       */
      trailingWindows?: number[];
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

    /** Infrastructure-readiness scorecards of every AIWorkflow and PromptLibrary. */
    scorecards?: {
      /**
       * The readiness levels, lowest first, and the check ids each needs
       * (see `GET /api/ai-marketplace/scorecards/checks`). Levels are
       * cumulative. Default: bronze (ownership basics), silver (safety),
       * gold (operations).
       */
      levels?: Array<{
        /** A lower-case slug, e.g. `bronze`. */
        id: string;
        /** Check ids the level needs. */
        checks: string[];
      }>;
      /**
       * The score of a stale check (evidence older than its cadence), in
       * [-1, 0): a failed check — evidence never claimed — scores 0, a
       * passing one 1. Default: -0.5.
       */
      staleWeight?: number;
      /** Cadences for assets that declare none (ISO-8601 durations). */
      cadences?: {
        /** How recent the latest evaluation must be. Default: P30D. */
        evaluation?: string;
        /** How recent a prompt library's review must be. Default: P90D. */
        review?: string;
        /** How recent reuse by another team must be. Default: P90D. */
        reuse?: string;
      };
      /**
       * Models approved by configuration, besides catalog Resources of type
       * `ai-model` annotated `ai-marketplace.io/model-approval: approved`.
       * Entity refs, e.g. `resource:default/gpt-4o-mini`. Default: none.
       */
      approvedModels?: string[];
      /** Daily results are kept this many days. Default: 400. */
      historyDays?: number;
      /** When to score the whole catalog. Default: every 6 hours. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
