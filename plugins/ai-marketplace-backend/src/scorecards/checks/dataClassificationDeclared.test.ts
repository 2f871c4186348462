import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { dataClassificationDeclared } from './dataClassificationDeclared';

describe('data-classification-declared', () => {
  it('passes when a classification is declared', () => {
    expect(check(dataClassificationDeclared, workflow())).toEqual({
      status: 'pass',
      reason: 'Handles confidential data',
    });
  });

  it('fails without one', () => {
    expect(
      check(
        dataClassificationDeclared,
        workflow({ dataClassification: undefined }),
      ).status,
    ).toBe('fail');
  });

  it('cannot be stale: an old workflow with a classification still passes', () => {
    expect(
      check(
        dataClassificationDeclared,
        workflow({ lifecycle: 'deprecated', dataClassification: 'restricted' }),
      ).status,
    ).toBe('pass');
  });

  it('is not applicable to a prompt library', () => {
    expect(check(dataClassificationDeclared, library()).status).toBe(
      'not-applicable',
    );
  });
});
