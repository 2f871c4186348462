import { ReadinessCheck } from '@ai-marketplace/plugin-ai-marketplace-node';
import { StoredExemption } from '../database/ScorecardExemptionStore';
import {
  catalogFacts,
  context,
  daysAgo,
  library,
  NOW,
  records,
  workflow,
} from './__testUtils__/readinessFixtures';
import { createCheckRegistry } from './checkRegistry';
import { DEFAULT_READINESS_CHECKS } from './checks';
import { DEFAULT_READINESS_LEVELS } from './defaultLevels';
import { scoreAssets, ScoringInput } from './scoreAssets';

const TRIAGE = 'aiworkflow:default/support-ticket-triage';
const registry = createCheckRegistry(
  DEFAULT_READINESS_CHECKS,
  DEFAULT_READINESS_LEVELS,
);

const exemption = (checkId: string, expiresOn: string): StoredExemption => ({
  id: `ex-${checkId}-${expiresOn}`,
  entityRef: TRIAGE,
  checkId,
  justification: 'Agreed with the risk guild',
  expiresOn,
  createdBy: 'user:default/sam.chen',
  createdAt: daysAgo(5),
});

function input(overrides: Partial<ScoringInput> = {}): ScoringInput {
  return {
    assets: [workflow()],
    registry,
    catalog: catalogFacts(),
    records: new Map([
      [
        TRIAGE,
        records({
          latestEvaluation: { passRate: 0.95, evaluatedAt: daysAgo(2) },
          lastUseByTeam: new Map([['group:default/sales', '2026-11-20']]),
        }),
      ],
    ]),
    exemptions: [],
    settings: context().settings,
    staleWeight: -0.5,
    now: NOW,
    ...overrides,
  };
}

describe('scoreAssets', () => {
  it('runs every check on every asset and gives each its level and score', () => {
    const [triage, prompts] = scoreAssets(
      input({ assets: [workflow(), library()] }),
    );
    expect(triage).toMatchObject({
      entityRef: TRIAGE,
      kind: 'AIWorkflow',
      ownerRef: 'group:default/customer-support',
      function: 'support',
      guildRef: 'group:default/support-automation-guild',
      level: 'gold',
      score: 1,
      computedAt: NOW,
    });
    expect(triage.results).toHaveLength(17);
    // No records: no reuse, so gold is out of reach.
    expect(prompts.level).toBe('silver');
    expect(prompts.score).toBe(0.8571);
  });

  it('lets a stale check cost more than a missing one', () => {
    const [stale] = scoreAssets(
      input({
        assets: [workflow({ dri: 'user:default/left' })],
      }),
    );
    const [missing] = scoreAssets(
      input({ assets: [workflow({ dri: undefined })] }),
    );
    expect(stale.level).toBeNull();
    expect(missing.level).toBeNull();
    expect(stale.score).toBeLessThan(missing.score);
  });

  it('applies exemptions up to their last day only', () => {
    const stale = input({
      records: new Map([
        [
          TRIAGE,
          records({
            latestEvaluation: { passRate: 0.95, evaluatedAt: daysAgo(45) },
            lastUseByTeam: new Map([['group:default/sales', '2026-11-20']]),
          }),
        ],
      ]),
    });
    const gate = (exemptions: StoredExemption[]) =>
      scoreAssets({ ...stale, exemptions })[0].results.find(
        r => r.checkId === 'evaluation-gate',
      );
    expect(gate([])?.status).toBe('stale');
    expect(gate([exemption('evaluation-gate', '2026-11-21')])?.status).toBe(
      'exempt',
    );
    // Its last day was yesterday: expired by itself.
    expect(gate([exemption('evaluation-gate', '2026-11-20')])?.status).toBe(
      'stale',
    );
    const [exempted] = scoreAssets({
      ...stale,
      exemptions: [exemption('evaluation-gate', '2026-12-31')],
    });
    expect(exempted.level).toBe('gold');
  });

  it('records a check that throws as failing, without stopping the run', () => {
    const broken: ReadinessCheck = {
      id: 'broken',
      title: 'Broken',
      description: 'Throws',
      appliesTo: ['AIWorkflow'],
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const [triage] = scoreAssets(
      input({
        registry: createCheckRegistry(
          [...DEFAULT_READINESS_CHECKS, broken],
          DEFAULT_READINESS_LEVELS,
        ),
      }),
    );
    expect(triage.results.at(-1)).toEqual({
      checkId: 'broken',
      status: 'fail',
      reason: 'The check failed to run: Error: boom',
      fix: 'Report it to the maintainers of the broken check',
    });
    expect(triage.level).toBe('gold');
  });
});
