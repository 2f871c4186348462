import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { driNamed } from './driNamed';

describe('dri-named', () => {
  it('passes when the DRI is a User in the catalog', () => {
    expect(check(driNamed, workflow())).toEqual({
      status: 'pass',
      reason: 'DRI: user:default/sam.chen',
    });
  });

  it('fails when no DRI is named', () => {
    expect(check(driNamed, workflow({ dri: undefined }))).toMatchObject({
      status: 'fail',
      fix: 'Name the DRI in spec.dri',
    });
  });

  it('is stale when the DRI left the catalog', () => {
    expect(
      check(driNamed, workflow({ dri: 'user:default/former.employee' })).status,
    ).toBe('stale');
  });

  it('is not applicable to a prompt library', () => {
    expect(check(driNamed, library()).status).toBe('not-applicable');
  });
});
