import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { actionTierControls } from './actionTierControls';

const execute = (spec: Parameters<typeof workflow>[0] = {}) =>
  workflow({ actionTier: 'execute', ...spec });

describe('action-tier-controls', () => {
  it('passes a declared non-execute tier, and an execute tier with every control', () => {
    expect(check(actionTierControls, workflow()).reason).toBe(
      'Action tier write: no execute controls needed',
    );
    expect(check(actionTierControls, execute())).toEqual({
      status: 'pass',
      reason: 'Execute tier with approval, kill switch and rollback',
    });
  });

  it('fails an undeclared tier, and an execute tier missing controls (named)', () => {
    expect(
      check(actionTierControls, workflow({ actionTier: undefined as any }))
        .status,
    ).toBe('fail');
    expect(
      check(
        actionTierControls,
        execute({ approval: { required: false }, rollback: undefined }),
      ),
    ).toEqual({
      status: 'fail',
      reason: 'Execute tier without approval (required: true), rollback',
      fix: 'Add spec.approval (required: true), spec.rollback',
    });
  });

  it('is stale when the kill switch owner is no longer in the catalog', () => {
    expect(
      check(
        actionTierControls,
        execute({
          killSwitch: { owner: 'user:default/left', procedure: 'Flip it' },
        }),
      ).status,
    ).toBe('stale');
  });

  it('is not applicable to a prompt library', () => {
    expect(check(actionTierControls, library()).status).toBe('not-applicable');
  });
});
