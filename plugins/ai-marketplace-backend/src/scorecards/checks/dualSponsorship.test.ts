import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { dualSponsorship } from './dualSponsorship';

describe('dual-sponsorship', () => {
  it('passes with a business owner and a technical sponsor in the catalog', () => {
    expect(check(dualSponsorship, workflow())).toEqual({
      status: 'pass',
      reason:
        'Sponsored by user:default/maria.lopez and group:default/ai-platform',
    });
    expect(
      check(dualSponsorship, workflow({ technicalSponsor: 'user:sam.chen' }))
        .status,
    ).toBe('pass');
  });

  it('fails without a technical sponsor, a business owner, or with the owner as its own sponsor', () => {
    expect(
      check(dualSponsorship, workflow({ technicalSponsor: undefined })).reason,
    ).toBe('No technical sponsor named');
    expect(
      check(dualSponsorship, workflow({ businessOwner: undefined })).status,
    ).toBe('fail');
    expect(
      check(dualSponsorship, workflow({ technicalSponsor: 'customer-support' }))
        .reason,
    ).toBe('The technical sponsor is the owning team itself');
  });

  it('is stale when the sponsor is no longer in the catalog', () => {
    expect(
      check(
        dualSponsorship,
        workflow({ technicalSponsor: 'group:default/old-ai-lab' }),
      ).status,
    ).toBe('stale');
  });

  it('is not applicable to a prompt library', () => {
    expect(check(dualSponsorship, library()).status).toBe('not-applicable');
  });
});
