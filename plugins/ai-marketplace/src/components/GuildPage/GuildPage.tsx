import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { Entity } from '@backstage/catalog-model';
import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRefParams } from '@backstage/core-plugin-api';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import { GUILD_GROUP_TYPE } from '@ai-marketplace/plugin-ai-marketplace-common';
import { guildRouteRef } from '../../routes';
import { GuildOverview } from '../GuildOverview';

/** The name people know a group by. */
export function groupDisplayName(group: Entity): string {
  const profile = group.spec?.profile as { displayName?: string } | undefined;
  return profile?.displayName || group.metadata.title || group.metadata.name;
}

/**
 * One guild's page (`/ai-marketplace/guilds/:namespace/:name`): its leads,
 * members by team, curated libraries and workflows, curation queue, and
 * the reuse of its work by other teams.
 */
export function GuildPage() {
  const { namespace, name } = useRouteRefParams(guildRouteRef);
  const catalogApi = useApi(catalogApiRef);
  const { value, loading, error } = useAsync(
    () => catalogApi.getEntityByRef({ kind: 'Group', namespace, name }),
    [catalogApi, namespace, name],
  );

  let title = name;
  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <ResponseErrorPanel error={error} title="Could not load the guild" />
    );
  } else if (!value) {
    content = (
      <EmptyState
        missing="info"
        title={`No group ${namespace}/${name} in the catalog`}
        description="The guild may have been renamed or removed. Guilds are Groups with spec.type guild."
      />
    );
  } else if (value.spec?.type !== GUILD_GROUP_TYPE) {
    title = groupDisplayName(value);
    content = (
      <EmptyState
        missing="info"
        title={`${title} is not a guild`}
        description={`It is a group of type "${String(
          value.spec?.type ?? 'none',
        )}". Guilds are Groups with spec.type guild.`}
        action={
          <EntityRefLink entityRef={value}>
            Open it in the catalog
          </EntityRefLink>
        }
      />
    );
  } else {
    title = groupDisplayName(value);
    content = (
      <>
        {value.metadata.description && (
          <Typography variant="body1" paragraph>
            {value.metadata.description}
          </Typography>
        )}
        <Typography variant="body2" paragraph>
          <EntityRefLink entityRef={value}>
            Open the guild in the catalog
          </EntityRefLink>
        </Typography>
        <GuildOverview guild={value} />
      </>
    );
  }

  return (
    <Page themeId="tool">
      <Header title={title} type="Guild" />
      <Content>{content}</Content>
    </Page>
  );
}
