import {
  catalogFacts,
  check,
  library,
  workflow,
} from '../__testUtils__/readinessFixtures';
import { guildHasLead } from './guildHasLead';

describe('guild-has-lead', () => {
  it('passes when the guild names leads who are in the catalog', () => {
    expect(check(guildHasLead, library())).toEqual({
      status: 'pass',
      reason:
        'Curated by group:default/support-automation-guild, led by user:default/sam.chen, user:default/daniel.kim',
    });
  });

  it('fails without a guild, with a team as guild, or with a guild that names no leads', () => {
    expect(check(guildHasLead, library({ guild: undefined })).reason).toBe(
      'No curating guild',
    );
    expect(check(guildHasLead, library({ guild: 'sales' })).reason).toBe(
      'group:default/sales is not a guild (spec.type: team)',
    );
    expect(
      check(guildHasLead, library({ guild: 'group:default/ai-risk-guild' })),
    ).toMatchObject({
      status: 'fail',
      reason: 'Guild group:default/ai-risk-guild names no leads',
    });
  });

  it('is stale when the guild or all of its leads are gone from the catalog', () => {
    expect(
      check(guildHasLead, library({ guild: 'group:default/old-guild' })).status,
    ).toBe('stale');
    const leadsLeft = catalogFacts().groups;
    expect(
      check(guildHasLead, library(), {
        catalog: {
          users: new Set(['user:default/maria.lopez']),
          groups: leadsLeft,
        },
      }).status,
    ).toBe('stale');
  });

  it('is not applicable to a workflow', () => {
    expect(check(guildHasLead, workflow()).status).toBe('not-applicable');
  });
});
