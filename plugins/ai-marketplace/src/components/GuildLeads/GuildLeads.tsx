import { Fragment } from 'react';
import Typography from '@material-ui/core/Typography';
import { DEFAULT_NAMESPACE, Entity } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_GUILD_LEADS,
  parseGuildLeads,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { parseSpecRef } from '../../lib/refs';
import { WarningText } from '../WarningText';

/**
 * The guild's leads, from its `ai-marketplace.io/guild-leads` annotation:
 * the people who curate its libraries. A guild without one is flagged, as
 * nobody can then review or retire its entries.
 */
export function GuildLeads(props: { guild: Entity }) {
  const { guild } = props;
  const leads = parseGuildLeads(guild.metadata.annotations);
  const namespace = guild.metadata.namespace ?? DEFAULT_NAMESPACE;
  if (leads.length === 0) {
    return (
      <WarningText>
        No lead named: add user refs to the {ANNOTATION_GUILD_LEADS} annotation
      </WarningText>
    );
  }
  return (
    <Typography variant="body2" component="div" aria-label="Guild leads">
      {leads.map((lead, i) => {
        const ref = parseSpecRef(lead, 'user', namespace);
        return (
          <Fragment key={lead}>
            {i > 0 && ', '}
            {ref ? <EntityRefLink entityRef={ref} /> : lead}
          </Fragment>
        );
      })}
    </Typography>
  );
}
