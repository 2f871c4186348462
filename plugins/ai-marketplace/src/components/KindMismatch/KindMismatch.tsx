import Typography from '@material-ui/core/Typography';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import { AI_MARKETPLACE_API_VERSION } from '@ai-marketplace/plugin-ai-marketplace-common';

/**
 * Stands in for a card placed on the wrong entity page, so a misconfigured
 * app shows what is wrong instead of crashing or showing an empty card.
 */
export function KindMismatch(props: { title: string; expectedKind: string }) {
  const { title, expectedKind } = props;
  const { entity } = useEntity();
  return (
    <EntityInfoCard title={title}>
      <Typography variant="body2">
        This card shows {expectedKind} entities ({AI_MARKETPLACE_API_VERSION}),
        but "{entity.metadata.name}" is a {entity.kind} ({entity.apiVersion}).
        Place the card on the {expectedKind} entity page.
      </Typography>
    </EntityInfoCard>
  );
}
