import { ReadinessCheck } from '@ai-marketplace/plugin-ai-marketplace-node';
import { DEFAULT_READINESS_CHECKS } from './checks';
import { createCheckRegistry } from './checkRegistry';
import { DEFAULT_READINESS_LEVELS } from './defaultLevels';

const extra: ReadinessCheck = {
  id: 'has-runbook',
  title: 'Has a runbook',
  description: 'A module-added check',
  appliesTo: ['AIWorkflow'],
  evaluate: () => ({ status: 'pass', reason: 'ok' }),
};

describe('createCheckRegistry', () => {
  it('registers the default checks, each in exactly one default level', () => {
    const registry = createCheckRegistry(
      DEFAULT_READINESS_CHECKS,
      DEFAULT_READINESS_LEVELS,
    );
    expect(registry.catalogue).toHaveLength(17);
    for (const info of registry.catalogue) {
      expect(info.levels).toHaveLength(1);
    }
    expect(registry.byId.get('evaluation-gate')?.title).toBe(
      'Evaluation gate passed recently',
    );
  });

  it('accepts checks added by modules, which levels may then name', () => {
    const registry = createCheckRegistry(
      [...DEFAULT_READINESS_CHECKS, extra],
      [{ id: 'basic', checks: ['has-runbook', 'dri-named'] }],
    );
    expect(registry.catalogue.at(-1)).toMatchObject({
      id: 'has-runbook',
      levels: ['basic'],
    });
  });

  it('refuses a duplicate id, a malformed id, and a level naming an unknown check', () => {
    expect(() => createCheckRegistry([extra, extra], [])).toThrow(
      'Readiness check id "has-runbook" is registered twice',
    );
    expect(() =>
      createCheckRegistry([{ ...extra, id: 'Has Runbook' }], []),
    ).toThrow('must be lower-case kebab-case');
    expect(() =>
      createCheckRegistry([extra], [{ id: 'gold', checks: ['nope'] }]),
    ).toThrow('aiMarketplace.scorecards.levels[0].checks names "nope"');
  });
});
