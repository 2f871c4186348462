import { CheckStatus } from '@ai-marketplace/plugin-ai-marketplace-common';
import { levelOf } from './levels';

const LEVELS = [
  { id: 'bronze', checks: ['owner', 'dri'] },
  { id: 'silver', checks: ['evaluation', 'kill-switch'] },
  { id: 'gold', checks: ['error-budget'] },
];

const statuses = (entries: Record<string, CheckStatus>) =>
  new Map(Object.entries(entries));

describe('levelOf', () => {
  it('reaches the highest level whose checks and all lower ones are met', () => {
    expect(
      levelOf(
        statuses({
          owner: 'pass',
          dri: 'pass',
          evaluation: 'pass',
          'kill-switch': 'not-applicable',
          'error-budget': 'fail',
        }),
        LEVELS,
      ),
    ).toEqual({
      level: 'silver',
      next: { level: 'gold', missing: ['error-budget'] },
    });
  });

  it('counts exempt as met and stale as missing', () => {
    expect(
      levelOf(
        statuses({
          owner: 'exempt',
          dri: 'pass',
          evaluation: 'stale',
          'kill-switch': 'pass',
          'error-budget': 'pass',
        }),
        LEVELS,
      ),
    ).toEqual({
      level: 'bronze',
      next: { level: 'silver', missing: ['evaluation'] },
    });
  });

  it('is cumulative: passing a higher level does not make up for a lower one', () => {
    expect(
      levelOf(
        statuses({
          owner: 'fail',
          dri: 'stale',
          evaluation: 'pass',
          'kill-switch': 'pass',
          'error-budget': 'pass',
        }),
        LEVELS,
      ),
    ).toEqual({
      level: null,
      next: { level: 'bronze', missing: ['owner', 'dri'] },
    });
  });

  it('has no next level at the top, and treats a check that did not run as missing', () => {
    const all = statuses({
      owner: 'pass',
      dri: 'pass',
      evaluation: 'pass',
      'kill-switch': 'pass',
      'error-budget': 'pass',
    });
    expect(levelOf(all, LEVELS)).toEqual({ level: 'gold', next: null });
    all.delete('dri');
    expect(levelOf(all, LEVELS).next).toEqual({
      level: 'bronze',
      missing: ['dri'],
    });
  });
});
