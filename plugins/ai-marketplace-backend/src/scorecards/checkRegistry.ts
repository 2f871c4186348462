import {
  ReadinessLevelInfo,
  ScorecardCheckInfo,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { ReadinessCheck } from '@ai-marketplace/plugin-ai-marketplace-node';

const CHECK_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The checks of a backend (default and added by modules) and the levels over them. */
export type CheckRegistry = {
  /** In catalogue order: the defaults, then those modules added. */
  checks: readonly ReadinessCheck[];
  byId: ReadonlyMap<string, ReadinessCheck>;
  levels: readonly ReadinessLevelInfo[];
  /** The check catalogue as the API shows it. */
  catalogue: ScorecardCheckInfo[];
};

/**
 * Registers checks by id and verifies the configured levels against them.
 * A duplicate or malformed id, or a level naming an unknown check, stops the
 * backend at start with the culprit named.
 */
export function createCheckRegistry(
  checks: readonly ReadinessCheck[],
  levels: readonly ReadinessLevelInfo[],
): CheckRegistry {
  const byId = new Map<string, ReadinessCheck>();
  for (const check of checks) {
    if (!CHECK_ID.test(check.id) || check.id.length > 63) {
      throw new Error(
        `Readiness check id "${check.id}" must be lower-case kebab-case, at most 63 characters`,
      );
    }
    if (byId.has(check.id)) {
      throw new Error(`Readiness check id "${check.id}" is registered twice`);
    }
    byId.set(check.id, check);
  }
  levels.forEach((level, i) => {
    for (const id of level.checks) {
      if (!byId.has(id)) {
        throw new Error(
          `aiMarketplace.scorecards.levels[${i}].checks names "${id}", which is not a readiness check; known: ${[
            ...byId.keys(),
          ].join(', ')}`,
        );
      }
    }
  });
  return {
    checks,
    byId,
    levels,
    catalogue: checks.map(check => ({
      id: check.id,
      title: check.title,
      description: check.description,
      appliesTo: [...check.appliesTo],
      levels: levels.filter(l => l.checks.includes(check.id)).map(l => l.id),
    })),
  };
}
