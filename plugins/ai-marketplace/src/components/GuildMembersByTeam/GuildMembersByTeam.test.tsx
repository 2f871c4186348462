import { Entity } from '@backstage/catalog-model';
import { groupEntity } from '../../__testUtils__/kpiFixtures';
import { membersByTeam } from './GuildMembersByTeam';

function user(name: string, groups: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf: groups },
    relations: groups.map(group => ({
      type: 'memberOf',
      targetRef: `group:default/${group}`,
    })),
  };
}

describe('membersByTeam', () => {
  const teams = [
    groupEntity('sales', 'team', 'Sales'),
    groupEntity('customer-support', 'team', 'Customer Support'),
  ];

  it('groups members by their teams, biggest first, people in no team last', () => {
    const groups = membersByTeam(
      [
        user('daniel.kim', ['sales', 'support-automation-guild']),
        user('sam.chen', ['customer-support', 'support-automation-guild']),
        user('ana.ruiz', ['customer-support', 'support-automation-guild']),
        user('guest', ['support-automation-guild']),
      ],
      teams,
    );
    expect(
      groups.map(g => [g.teamLabel, g.members.map(m => m.metadata.name)]),
    ).toEqual([
      ['Customer Support', ['sam.chen', 'ana.ruiz']],
      ['Sales', ['daniel.kim']],
      ['In no team', ['guest']],
    ]);
  });

  it('lists a member of two teams under both', () => {
    const groups = membersByTeam(
      [
        user('lucas', [
          'sales',
          'customer-support',
          'support-automation-guild',
        ]),
      ],
      teams,
    );
    expect(groups.map(g => g.teamLabel)).toEqual(['Customer Support', 'Sales']);
  });
});
