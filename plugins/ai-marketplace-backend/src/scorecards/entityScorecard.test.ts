import { createCheckRegistry } from './checkRegistry';
import { DEFAULT_READINESS_CHECKS } from './checks';
import { DEFAULT_READINESS_LEVELS } from './defaultLevels';
import { toEntityScorecard } from './entityScorecard';

const registry = createCheckRegistry(
  DEFAULT_READINESS_CHECKS,
  DEFAULT_READINESS_LEVELS,
);

const passing = (checkId: string) => ({
  checkId,
  status: 'pass' as const,
  reason: 'ok',
});

describe('toEntityScorecard', () => {
  it('lists the checks standing between the asset and its next level, with their fixes', () => {
    const bronze = DEFAULT_READINESS_LEVELS[0].checks;
    const silver = DEFAULT_READINESS_LEVELS[1].checks;
    const scorecard = toEntityScorecard(
      {
        day: '2026-11-21',
        entityRef: 'aiworkflow:default/support-ticket-triage',
        kind: 'AIWorkflow',
        ownerRef: 'group:default/customer-support',
        level: 'bronze',
        score: 0.6,
        computedAt: new Date('2026-11-21T06:00:00Z'),
        results: [
          ...bronze.map(passing),
          ...silver
            .filter(id => id !== 'evaluation-gate' && id !== 'approved-models')
            .map(passing),
          {
            checkId: 'approved-models',
            status: 'fail',
            reason: 'Not approved: resource:default/claude-sonnet',
            fix: 'Switch to an approved model',
          },
          {
            checkId: 'evaluation-gate',
            status: 'stale',
            reason: 'Latest evaluation passed 45 days ago',
            fix: 'Re-run the evaluation and post the result',
          },
        ],
      },
      registry,
    );
    expect(scorecard.level).toBe('bronze');
    expect(scorecard.nextLevel).toEqual({
      level: 'silver',
      missing: [
        {
          checkId: 'evaluation-gate',
          title: 'Evaluation gate passed recently',
          status: 'stale',
          reason: 'Latest evaluation passed 45 days ago',
          fix: 'Re-run the evaluation and post the result',
        },
        {
          checkId: 'approved-models',
          title: 'Only approved models',
          status: 'fail',
          reason: 'Not approved: resource:default/claude-sonnet',
          fix: 'Switch to an approved model',
        },
      ],
    });
    // In catalogue order, whatever order they were stored in.
    expect(scorecard.checks.map(c => c.checkId).slice(0, 3)).toEqual([
      'owner-business-team',
      'business-owner-named',
      'dri-named',
    ]);
  });

  it('names a level check that was not computed yet as missing', () => {
    const scorecard = toEntityScorecard(
      {
        day: '2026-11-21',
        entityRef: 'promptlibrary:default/support-prompts',
        kind: 'PromptLibrary',
        ownerRef: 'group:default/customer-support',
        level: null,
        score: 1,
        computedAt: new Date('2026-11-21T06:00:00Z'),
        results: [passing('owner-business-team')],
      },
      registry,
    );
    expect(scorecard.nextLevel?.missing[0]).toMatchObject({
      checkId: 'business-owner-named',
      status: 'fail',
      fix: 'Recompute the scorecard',
    });
  });
});
