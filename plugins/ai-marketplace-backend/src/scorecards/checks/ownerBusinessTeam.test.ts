import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { ownerBusinessTeam } from './ownerBusinessTeam';

describe('owner-business-team', () => {
  it('passes for a team Group, for either kind', () => {
    expect(check(ownerBusinessTeam, workflow())).toEqual({
      status: 'pass',
      reason: 'Owned by group:default/customer-support',
    });
    expect(check(ownerBusinessTeam, library()).status).toBe('pass');
  });

  it('fails for a coordination group, a guild or a person', () => {
    const central = check(
      ownerBusinessTeam,
      workflow({ owner: 'group:default/ai-platform' }),
    );
    expect(central.status).toBe('fail');
    expect(central.reason).toContain('coordination group');
    expect(central.fix).toContain('technicalSponsor');
    expect(
      check(
        ownerBusinessTeam,
        workflow({ owner: 'group:default/support-automation-guild' }),
      ).reason,
    ).toContain('a guild');
    expect(
      check(ownerBusinessTeam, workflow({ owner: 'user:default/sam.chen' })),
    ).toMatchObject({
      status: 'fail',
      reason: expect.stringContaining('person'),
    });
  });

  it('is stale when the owning group is no longer in the catalog', () => {
    expect(
      check(ownerBusinessTeam, workflow({ owner: 'group:default/disbanded' })),
    ).toMatchObject({
      status: 'stale',
      reason: 'Owner group:default/disbanded is no longer in the catalog',
    });
  });

  it('is never not-applicable: both kinds have an owner', () => {
    expect(ownerBusinessTeam.appliesTo).toEqual([
      'AIWorkflow',
      'PromptLibrary',
    ]);
  });
});
