import {
  check,
  library,
  prompt,
  workflow,
} from '../__testUtils__/readinessFixtures';
import { promptsVersionedWithExamples } from './promptsVersionedWithExamples';

describe('prompts-versioned-with-examples', () => {
  it('passes when every prompt has a version and an example', () => {
    expect(check(promptsVersionedWithExamples, library())).toEqual({
      status: 'pass',
      reason: 'All 2 prompts are versioned, with examples',
    });
  });

  it('fails naming the prompts without a version or an example', () => {
    expect(
      check(
        promptsVersionedWithExamples,
        library({
          prompts: [
            prompt('ok'),
            prompt('unversioned', { version: undefined }),
            prompt('untried', { examples: [] }),
          ],
        }),
      ),
    ).toMatchObject({
      status: 'fail',
      reason:
        '2 of 3 prompts lack a version or an example: unversioned, untried',
    });
  });

  it('cannot be stale: an old but complete library passes', () => {
    expect(
      check(promptsVersionedWithExamples, library({ reviewedAt: '2020-01-01' }))
        .status,
    ).toBe('pass');
  });

  it('is not applicable to an empty library or a workflow', () => {
    expect(
      check(promptsVersionedWithExamples, library({ prompts: [] })).status,
    ).toBe('not-applicable');
    expect(check(promptsVersionedWithExamples, workflow()).status).toBe(
      'not-applicable',
    );
  });
});
