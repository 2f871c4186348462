import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { noDeprecatedFeatured } from './noDeprecatedFeatured';

const curation = (...states: Array<[string, boolean, boolean]>) => ({
  records: {
    curation: states.map(([promptId, featured, deprecated]) => ({
      promptId,
      featured,
      deprecated,
    })),
  },
});

describe('no-deprecated-featured', () => {
  it('passes when featured and deprecated never meet', () => {
    expect(
      check(
        noDeprecatedFeatured,
        library(),
        curation(
          ['first-response', true, false],
          ['refund-reply', false, true],
        ),
      ),
    ).toEqual({ status: 'pass', reason: 'No deprecated prompt is featured' });
  });

  it('fails naming each prompt (or the library) both deprecated and featured', () => {
    expect(
      check(
        noDeprecatedFeatured,
        library(),
        curation(['refund-reply', true, true], ['', true, true]),
      ),
    ).toMatchObject({
      status: 'fail',
      reason: 'Deprecated but still featured: refund-reply, the library itself',
    });
  });

  it('cannot be stale; prompts removed from the library no longer count', () => {
    expect(
      check(noDeprecatedFeatured, library(), curation(['removed', true, true]))
        .status,
    ).toBe('pass');
  });

  it('is not applicable to an empty library or a workflow', () => {
    expect(check(noDeprecatedFeatured, library({ prompts: [] })).status).toBe(
      'not-applicable',
    );
    expect(check(noDeprecatedFeatured, workflow()).status).toBe(
      'not-applicable',
    );
  });
});
