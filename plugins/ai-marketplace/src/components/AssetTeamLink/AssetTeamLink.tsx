import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { AssetTeam } from '../../lib/marketplace/assets';

/**
 * Links an asset's owner team or guild by the title the catalog gives it.
 * The group entity read with the assets is passed on, so a page of cards
 * does not look each team up again.
 */
export function AssetTeamLink(props: { team: AssetTeam }) {
  const { team } = props;
  return (
    <EntityRefLink
      entityRef={team.entity ?? team.ref}
      defaultKind="group"
      hideIcon
      disableTooltip
    />
  );
}
