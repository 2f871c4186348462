import Typography from '@material-ui/core/Typography';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { GUILD_GROUP_TYPE } from '@ai-marketplace/plugin-ai-marketplace-common';
import { useGuildPageLink } from '../../hooks/useGuildPageLink';
import { GuildOverview } from '../GuildOverview';

const TITLE = 'Guild curation and reuse';

/**
 * For the Group entity page of a guild: its leads, members by team,
 * curation queue, curated assets and their reuse, compactly, with a link
 * to the guild's full page.
 */
export function GuildCard() {
  const { entity } = useEntity();
  const guildPageLink = useGuildPageLink();

  if (
    entity.kind.toLocaleLowerCase('en-US') !== 'group' ||
    entity.spec?.type !== GUILD_GROUP_TYPE
  ) {
    return (
      <InfoCard title={TITLE}>
        <Typography variant="body2">
          This card shows guilds (Groups with spec.type guild), but "
          {entity.metadata.name}" is a {entity.kind}
          {entity.spec?.type ? ` of type ${String(entity.spec.type)}` : ''}.
          Show it only for guilds, e.g. with an EntitySwitch.
        </Typography>
      </InfoCard>
    );
  }

  const link = guildPageLink(stringifyEntityRef(entity));
  return (
    <InfoCard
      title={TITLE}
      deepLink={link ? { title: 'Open the guild page', link } : undefined}
    >
      <GuildOverview guild={entity} compact />
    </InfoCard>
  );
}
