import {
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ReadinessLevelInfo } from '@ai-marketplace/plugin-ai-marketplace-common';
import { InputError } from '@backstage/errors';
import { normalisedEntityRef } from '../service/normalisedEntityRef';
import { durationDays } from './durationDays';

/** `aiMarketplace.scorecards` (see config.d.ts), defaults applied. */
export type ScorecardsConfig = {
  /** Lowest first; check ids are verified once every check is registered. */
  levels: ReadinessLevelInfo[];
  /** The score of a stale check, in [-1, 0): below a failed (never claimed) one. */
  staleWeight: number;
  /** Cadences, in days, for assets that declare none. */
  cadenceDays: { evaluation: number; review: number; reuse: number };
  /** Models approved by configuration (normalised refs, default kind `resource`). */
  approvedModels: string[];
  /** Daily results older than this many days are deleted by the run. */
  historyDays: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
};

const LEVEL_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const KEY = 'aiMarketplace.scorecards';

function cadence(config: RootConfigService, name: string, fallback: string) {
  const key = `${KEY}.cadences.${name}`;
  const value = config.getOptionalString(key) ?? fallback;
  const days = durationDays(value);
  if (days === undefined) {
    throw new InputError(
      `${key} must be an ISO-8601 duration such as P30D, got ${value}`,
    );
  }
  return days;
}

function readLevels(
  config: RootConfigService,
  fallback: ReadinessLevelInfo[],
): ReadinessLevelInfo[] {
  const configured = config.getOptionalConfigArray(`${KEY}.levels`);
  if (!configured) {
    return fallback;
  }
  if (!configured.length) {
    throw new InputError(`${KEY}.levels must name at least one level`);
  }
  const seen = new Set<string>();
  return configured.map((level, i) => {
    const key = `${KEY}.levels[${i}]`;
    const id = level.getString('id');
    if (!LEVEL_ID.test(id) || id === 'none' || seen.has(id)) {
      throw new InputError(
        `${key}.id must be a unique lower-case slug other than "none", got ${id}`,
      );
    }
    seen.add(id);
    const checks = level.getStringArray('checks');
    if (!checks.length) {
      throw new InputError(`${key}.checks must name at least one check`);
    }
    return { id, checks };
  });
}

/** Reads `aiMarketplace.scorecards`; a bad value fails start-up with the key named. */
export function readScorecardsConfig(
  config: RootConfigService,
  defaults: {
    levels: ReadinessLevelInfo[];
    schedule: SchedulerServiceTaskScheduleDefinition;
    positiveInteger: (value: number, key: string) => number;
  },
): ScorecardsConfig {
  const staleWeight = config.getOptionalNumber(`${KEY}.staleWeight`) ?? -0.5;
  if (!(staleWeight >= -1 && staleWeight < 0)) {
    throw new InputError(
      `${KEY}.staleWeight must be in [-1, 0): a stale check scores below a failed one (0); got ${staleWeight}`,
    );
  }
  return {
    levels: readLevels(config, defaults.levels),
    staleWeight,
    cadenceDays: {
      evaluation: cadence(config, 'evaluation', 'P30D'),
      review: cadence(config, 'review', 'P90D'),
      reuse: cadence(config, 'reuse', 'P90D'),
    },
    approvedModels: (
      config.getOptionalStringArray(`${KEY}.approvedModels`) ?? []
    ).map(ref => normalisedEntityRef(ref, 'resource', `${KEY}.approvedModels`)),
    historyDays: defaults.positiveInteger(
      config.getOptionalNumber(`${KEY}.historyDays`) ?? 400,
      `${KEY}.historyDays`,
    ),
    schedule: defaults.schedule,
  };
}
