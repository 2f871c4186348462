import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import {
  Entity,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import { groupKey, TEAM_GROUP_TYPE } from '../../hooks/useCatalogGroups';

/** Members of the guild who belong to one team (or to none). */
export type TeamMembers = {
  /** Null for members in no team. */
  teamRef: string | null;
  teamLabel: string;
  members: Entity[];
};

const useStyles = makeStyles(theme => ({
  team: { marginBottom: theme.spacing(1.5) },
  members: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 1.5),
    marginTop: theme.spacing(0.5),
  },
  chips: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
}));

/**
 * Groups the guild's members by the teams they belong to (Groups of type
 * team): a member of two teams is listed under both, biggest team first.
 */
export function membersByTeam(
  members: Entity[],
  teams: Entity[],
): TeamMembers[] {
  const teamLabels = new Map(
    teams.map(team => [
      groupKey(stringifyEntityRef(team)),
      (team.spec?.profile as { displayName?: string } | undefined)
        ?.displayName ||
        team.metadata.title ||
        team.metadata.name,
    ]),
  );
  const byTeam = new Map<string | null, Entity[]>();
  for (const member of members) {
    const memberTeams = (member.relations ?? [])
      .filter(relation => relation.type === RELATION_MEMBER_OF)
      .map(relation => groupKey(relation.targetRef))
      .filter(ref => teamLabels.has(ref));
    for (const teamRef of memberTeams.length > 0 ? memberTeams : [null]) {
      byTeam.set(teamRef, [...(byTeam.get(teamRef) ?? []), member]);
    }
  }
  return [...byTeam.entries()]
    .map(([teamRef, teamMembers]) => ({
      teamRef,
      teamLabel: teamRef ? teamLabels.get(teamRef)! : 'In no team',
      members: teamMembers,
    }))
    .sort(
      (a, b) =>
        Number(a.teamRef === null) - Number(b.teamRef === null) ||
        b.members.length - a.members.length ||
        a.teamLabel.localeCompare(b.teamLabel),
    );
}

/**
 * Who is in the guild, by team: guilds cut across teams, and seeing which
 * teams take part (and which do not) is the point.
 */
export function GuildMembersByTeam(props: {
  guildRef: string;
  /** Leads are marked; user refs. */
  leads: string[];
  /** Team names and member counts only. */
  compact?: boolean;
}) {
  const { guildRef, leads, compact } = props;
  const classes = useStyles();
  const catalogApi = useApi(catalogApiRef);
  const { value, loading, error } = useAsync(async () => {
    const [members, teams] = await Promise.all([
      catalogApi.getEntities({
        filter: { kind: 'User', [`relations.${RELATION_MEMBER_OF}`]: guildRef },
      }),
      catalogApi.getEntities({
        filter: { kind: 'Group', 'spec.type': TEAM_GROUP_TYPE },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.profile.displayName',
        ],
      }),
    ]);
    return {
      total: members.items.length,
      groups: membersByTeam(members.items, teams.items),
    };
  }, [catalogApi, guildRef]);

  if (loading) {
    return <Progress />;
  }
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No answer')}
        title="Could not load the guild's members"
      />
    );
  }
  if (value.total === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No member yet. People join by listing the guild in their catalog entry's
        spec.memberOf.
      </Typography>
    );
  }
  const leadKeys = new Set(leads.map(lead => lead.toLocaleLowerCase('en-US')));
  const isLead = (member: Entity) =>
    leadKeys.has(stringifyEntityRef(member).toLocaleLowerCase('en-US'));

  if (compact) {
    return (
      <div className={classes.chips}>
        {value.groups.map(group => (
          <Chip
            key={group.teamRef ?? 'none'}
            size="small"
            label={`${group.teamLabel} · ${group.members.length}`}
          />
        ))}
      </div>
    );
  }
  return (
    <div>
      <Typography variant="body2" color="textSecondary" paragraph>
        {value.total} {value.total === 1 ? 'member' : 'members'} from{' '}
        {value.groups.filter(group => group.teamRef).length} teams
      </Typography>
      {value.groups.map(group => (
        <section
          key={group.teamRef ?? 'none'}
          className={classes.team}
          aria-label={`${group.teamLabel}: ${group.members.length}`}
        >
          <Typography variant="subtitle2" component="h4">
            {group.teamRef ? (
              <EntityRefLink entityRef={group.teamRef} hideIcon>
                {group.teamLabel}
              </EntityRefLink>
            ) : (
              group.teamLabel
            )}{' '}
            ({group.members.length})
          </Typography>
          <div className={classes.members}>
            {group.members.map(member => (
              <span key={stringifyEntityRef(member)}>
                <EntityRefLink entityRef={member} hideIcon />
                {isLead(member) && ' (lead)'}
              </span>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
