import { ReactNode } from 'react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  parseGuildLeads,
  RELATION_CURATED_BY,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { GuildCuratedAssets } from '../GuildCuratedAssets';
import { GuildCurationQueue } from '../GuildCurationQueue';
import { GuildLeads } from '../GuildLeads';
import { GuildMembersByTeam } from '../GuildMembersByTeam';
import { GuildReuse, GUILD_REUSE_DAYS } from '../GuildReuse';

/** How many entries each part of the compact card shows. */
const COMPACT_LIMIT = 3;

const useStyles = makeStyles(theme => ({
  section: {
    marginBottom: theme.spacing(2),
    '&:last-child': { marginBottom: 0 },
  },
  heading: {
    color: theme.palette.text.secondary,
    textTransform: 'uppercase',
    fontSize: 11,
    fontWeight: 'bold',
    letterSpacing: 0.5,
    marginBottom: theme.spacing(0.5),
  },
}));

/** The assets that name the guild in `spec.guild` (the `curatedBy` relation). */
function useCuratedAssets(guildRef: string) {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    // One filter per kind (the filters are OR-ed, the keys of each AND-ed).
    const { items } = await catalogApi.getEntities({
      filter: ['AIWorkflow', 'PromptLibrary'].map(kind => ({
        kind,
        [`relations.${RELATION_CURATED_BY}`]: guildRef,
      })),
    });
    return items;
  }, [catalogApi, guildRef]);
}

function CompactSection(props: { title: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <section className={classes.section} aria-label={props.title}>
      <Typography component="h3" className={classes.heading}>
        {props.title}
      </Typography>
      {props.children}
    </section>
  );
}

/**
 * Everything about one guild a lead needs: its leads, its members by team,
 * what it curates, what waits for curation, and how other teams reuse its
 * work. As cards for the guild page, or `compact` for the Group entity page.
 */
export function GuildOverview(props: { guild: Entity; compact?: boolean }) {
  const { guild, compact } = props;
  const guildRef = stringifyEntityRef(guild);
  const leads = parseGuildLeads(guild.metadata.annotations);
  const curated = useCuratedAssets(guildRef);
  const limit = compact ? COMPACT_LIMIT : undefined;

  const withAssets = (render: (assets: Entity[]) => ReactNode) => {
    if (curated.loading) {
      return <Progress />;
    }
    if (curated.error || !curated.value) {
      return (
        <ResponseErrorPanel
          error={curated.error ?? new Error('No answer')}
          title="Could not load the guild's assets from the catalog"
        />
      );
    }
    return render(curated.value);
  };

  const parts = {
    leads: <GuildLeads guild={guild} />,
    members: (
      <GuildMembersByTeam guildRef={guildRef} leads={leads} compact={compact} />
    ),
    curated: withAssets(assets => (
      <GuildCuratedAssets assets={assets} limit={limit} />
    )),
    queue: withAssets(assets => (
      <GuildCurationQueue assets={assets} limit={limit} />
    )),
    reuse: <GuildReuse guildRef={guildRef} compact={compact} />,
  };

  if (compact) {
    return (
      <>
        <CompactSection title="Leads">{parts.leads}</CompactSection>
        <CompactSection title="Members by team">{parts.members}</CompactSection>
        <CompactSection title="Curation queue">{parts.queue}</CompactSection>
        <CompactSection title="Curated libraries and workflows">
          {parts.curated}
        </CompactSection>
        <CompactSection
          title={`Reuse by other teams, last ${GUILD_REUSE_DAYS} days`}
        >
          {parts.reuse}
        </CompactSection>
      </>
    );
  }
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={6}>
        <InfoCard title="Leads and members">
          <Typography variant="subtitle2" component="h3">
            Leads
          </Typography>
          <Typography component="div" paragraph>
            {parts.leads}
          </Typography>
          <Typography variant="subtitle2" component="h3">
            Members by team
          </Typography>
          {parts.members}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard
          title="Curation queue"
          subheader="Overdue reviews, deprecated entries still featured, assets not reviewed yet"
        >
          {parts.queue}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Curated libraries and workflows">
          {parts.curated}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard
          title="Reuse by other teams"
          subheader={`Last ${GUILD_REUSE_DAYS} days`}
        >
          {parts.reuse}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
