import { Entity } from '@backstage/catalog-model';
import { exampleCatalog } from './__fixtures__/exampleCatalog';
import { demoOrganisation } from './demoOrganisation';

describe('demoOrganisation', () => {
  const organisation = demoOrganisation(exampleCatalog());

  it('acts through top-level teams with direct members; a nested team and the organisation do not act', () => {
    const teams = organisation.teams.map(t => t.ref);
    expect(teams).toContain('group:default/customer-support');
    expect(teams).toContain('group:default/ai-platform');
    expect(teams).not.toContain('group:default/support-leads');
    expect(teams).not.toContain('group:default/acme');
    expect(teams).not.toContain('group:default/support-automation-guild');
    expect(
      organisation.teams.find(t => t.ref === 'group:default/legal')?.members,
    ).toEqual([
      'user:default/emily.clarke',
      'user:default/hannah.weiss',
      'user:default/rafael.souza',
    ]);
    expect(organisation.domain).toBe('acme.example');
  });

  it('reads guild leads from the annotation, and a guild without them has none', () => {
    expect(organisation.guilds).toContainEqual(
      expect.objectContaining({
        ref: 'group:default/support-automation-guild',
        leads: ['user:default/sam.chen', 'user:default/daniel.kim'],
      }),
    );
    expect(
      organisation.guilds.find(g => g.ref === 'group:default/ai-risk-guild')
        ?.leads,
    ).toEqual([]);
  });

  it('reduces assets to what shapes their activity, with lower-case refs', () => {
    expect(
      organisation.assets.find(
        a => a.ref === 'aiworkflow:default/ap-invoice-triage',
      ),
    ).toMatchObject({
      kind: 'aiworkflow',
      ownerRef: 'group:default/finance',
      derivedFromRef: 'aiworkflow:default/support-ticket-triage',
      libraryRefs: [
        'promptlibrary:default/finance-prompts',
        'promptlibrary:default/support-prompts',
      ],
      partnerTeams: [
        'group:default/customer-support',
        'group:default/ai-platform',
      ],
      evaluation: { threshold: 0.93, cadenceDays: 30 },
      errorBudget: { incidents: 2, period: 'P30D', periodDays: 30 },
    });
    expect(
      organisation.assets.find(
        a => a.ref === 'promptlibrary:default/hr-prompts',
      )?.promptIds,
    ).toContain('policy-qa');
  });

  it('ignores a guild lead who is not a user of the catalog, and takes memberships from relations too', () => {
    const entities: Entity[] = [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: 'Guild',
          annotations: {
            'ai-marketplace.io/guild-leads': 'user:default/ana, left.company',
          },
        },
        spec: { type: 'guild' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'Team' },
        spec: { type: 'team' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'Ana' },
        spec: {},
        relations: [
          { type: 'memberOf', targetRef: 'group:default/team' },
          { type: 'memberOf', targetRef: 'group:default/guild' },
        ],
      },
    ];
    expect(demoOrganisation(entities)).toEqual({
      teams: [{ ref: 'group:default/team', members: ['user:default/ana'] }],
      guilds: [
        {
          ref: 'group:default/guild',
          leads: ['user:default/ana'],
          memberTeams: ['group:default/team'],
        },
      ],
      assets: [],
      domain: 'example.com',
    });
  });
});
