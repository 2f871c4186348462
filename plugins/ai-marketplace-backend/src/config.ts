import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { normalisedEntityRef } from './service/normalisedEntityRef';
import { DEFAULT_READINESS_LEVELS } from './scorecards/defaultLevels';
import { BLOCK_LENGTHS } from './database/reuseBlocks';
import { MAX_WINDOW_DAYS } from './service/window';
import {
  readScorecardsConfig,
  ScorecardsConfig,
} from './scorecards/scorecardsConfig';

/** The plugin's configuration (see config.d.ts), defaults applied. */
export type AiMarketplaceConfig = {
  coordinationGroups: string[];
  catalogSync: { schedule: SchedulerServiceTaskScheduleDefinition };
  retention: {
    rawEventDays: number;
    schedule: SchedulerServiceTaskScheduleDefinition;
  };
  duplicates: {
    similarityThreshold: number;
    schedule: SchedulerServiceTaskScheduleDefinition;
  };
  kpiRollups: {
    schedule: SchedulerServiceTaskScheduleDefinition;
    trailingWindows: number[];
  };
  demoHistory: { enabled: boolean; days: number };
  scorecards: ScorecardsConfig;
};

function schedule(
  config: RootConfigService,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : fallback;
}

function positiveInteger(value: number, key: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(
      `${key} must be a positive whole number, got ${value}`,
    );
  }
  return value;
}

/** The dashboard's windows (last 30, 90 and 180 days). */
const DEFAULT_TRAILING_WINDOWS = [30, 90, 180];

/**
 * Trailing-window lengths: whole days up to the longest window a KPI takes,
 * and none an aligned block has (a key would be both).
 */
function trailingWindows(value: unknown, key: string): number[] {
  const lengths = Array.isArray(value) ? value : [value];
  for (const days of lengths) {
    if (
      typeof days !== 'number' ||
      !Number.isInteger(days) ||
      days < 2 ||
      days > MAX_WINDOW_DAYS ||
      BLOCK_LENGTHS.includes(days)
    ) {
      throw new InputError(
        `${key} must list whole numbers of days from 2 to ${MAX_WINDOW_DAYS}, none of ${BLOCK_LENGTHS.join(
          ', ',
        )} (aligned blocks have those lengths), got ${JSON.stringify(days)}`,
      );
    }
  }
  return [...new Set(lengths as number[])];
}

/** Reads `aiMarketplace.*`; a bad value fails start-up with the key named. */
export function readAiMarketplaceConfig(
  config: RootConfigService,
): AiMarketplaceConfig {
  const key = (k: string) => `aiMarketplace.${k}`;
  const similarityThreshold =
    config.getOptionalNumber(key('duplicates.similarityThreshold')) ?? 0.5;
  if (!(similarityThreshold > 0 && similarityThreshold <= 1)) {
    throw new InputError(
      `${key(
        'duplicates.similarityThreshold',
      )} must be in (0, 1], got ${similarityThreshold}`,
    );
  }
  return {
    coordinationGroups: (
      config.getOptionalStringArray(key('coordinationGroups')) ?? []
    ).map(ref => normalisedEntityRef(ref, 'group', key('coordinationGroups'))),
    catalogSync: {
      schedule: schedule(config, key('catalogSync.schedule'), {
        frequency: { minutes: 5 },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 5 },
      }),
    },
    retention: {
      rawEventDays: positiveInteger(
        config.getOptionalNumber(key('retention.rawEventDays')) ?? 400,
        key('retention.rawEventDays'),
      ),
      schedule: schedule(config, key('retention.schedule'), {
        frequency: { hours: 24 },
        timeout: { minutes: 30 },
        initialDelay: { minutes: 10 },
      }),
    },
    duplicates: {
      similarityThreshold,
      schedule: schedule(config, key('duplicates.schedule'), {
        frequency: { hours: 1 },
        timeout: { minutes: 15 },
        initialDelay: { seconds: 30 },
      }),
    },
    kpiRollups: {
      schedule: schedule(config, key('kpiRollups.schedule'), {
        frequency: { seconds: 30 },
        timeout: { minutes: 10 },
        initialDelay: { seconds: 10 },
      }),
      trailingWindows: trailingWindows(
        config.has(key('kpiRollups.trailingWindows'))
          ? config.get(key('kpiRollups.trailingWindows'))
          : DEFAULT_TRAILING_WINDOWS,
        key('kpiRollups.trailingWindows'),
      ),
    },
    demoHistory: {
      enabled: config.getOptionalBoolean(key('demoHistory.enabled')) ?? false,
      days: positiveInteger(
        config.getOptionalNumber(key('demoHistory.days')) ?? 180,
        key('demoHistory.days'),
      ),
    },
    scorecards: readScorecardsConfig(config, {
      levels: DEFAULT_READINESS_LEVELS,
      schedule: schedule(config, key('scorecards.schedule'), {
        frequency: { hours: 6 },
        timeout: { minutes: 30 },
        initialDelay: { minutes: 1 },
      }),
      positiveInteger,
    }),
  };
}
