import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { documentationLinked } from './documentationLinked';

describe('documentation-linked', () => {
  it('passes with a link or with TechDocs', () => {
    expect(check(documentationLinked, workflow())).toEqual({
      status: 'pass',
      reason: '1 link to documentation',
    });
    expect(
      check(
        documentationLinked,
        workflow(
          {},
          { links: [], annotations: { 'backstage.io/techdocs-ref': 'dir:.' } },
        ),
      ).reason,
    ).toBe('Documented in TechDocs');
  });

  it('fails with neither', () => {
    expect(
      check(documentationLinked, workflow({}, { links: undefined })).status,
    ).toBe('fail');
  });

  it('cannot be stale: a link is a link, however old the entity', () => {
    expect(
      check(documentationLinked, workflow({ lifecycle: 'deprecated' })).status,
    ).toBe('pass');
  });

  it('is not applicable to a prompt library', () => {
    expect(check(documentationLinked, library()).status).toBe('not-applicable');
  });
});
