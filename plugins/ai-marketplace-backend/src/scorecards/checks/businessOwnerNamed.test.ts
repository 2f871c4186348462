import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { businessOwnerNamed } from './businessOwnerNamed';

describe('business-owner-named', () => {
  it('passes when the business owner is a User in the catalog', () => {
    expect(check(businessOwnerNamed, workflow())).toEqual({
      status: 'pass',
      reason: 'Business owner: user:default/maria.lopez',
    });
    expect(
      check(businessOwnerNamed, workflow({ businessOwner: 'Maria.Lopez' }))
        .status,
    ).toBe('pass');
  });

  it('fails when nobody is named, or a group is', () => {
    expect(
      check(businessOwnerNamed, workflow({ businessOwner: undefined })),
    ).toEqual({
      status: 'fail',
      reason: 'No business owner named',
      fix: 'Name the business owner in spec.businessOwner',
    });
    expect(
      check(
        businessOwnerNamed,
        workflow({ businessOwner: 'group:default/sales' }),
      ).status,
    ).toBe('fail');
  });

  it('is stale when the named person is no longer in the catalog', () => {
    expect(
      check(
        businessOwnerNamed,
        workflow({ businessOwner: 'user:default/gone' }),
      ),
    ).toMatchObject({
      status: 'stale',
      reason:
        'Business owner user:default/gone is not in the catalog (any more)',
    });
  });

  it('is not applicable to a prompt library', () => {
    expect(check(businessOwnerNamed, library()).status).toBe('not-applicable');
  });
});
