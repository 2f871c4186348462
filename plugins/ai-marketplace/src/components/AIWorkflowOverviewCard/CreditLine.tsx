import Typography from '@material-ui/core/Typography';
import { AI_WORKFLOW_REF_KINDS } from '@ai-marketplace/plugin-ai-marketplace-common';
import { SpecRefLink } from '../SpecRefLink';

/**
 * "Led by Customer Support, with AI Platform as technical partner.": the
 * business team that owns the outcome is credited first, the enabling team
 * second (dual sponsorship).
 */
export function CreditLine(props: {
  owner: string;
  technicalSponsor?: string;
}) {
  const { owner, technicalSponsor } = props;
  return (
    <Typography variant="body1" paragraph>
      Led by{' '}
      <SpecRefLink
        entityRef={owner}
        defaultKind={AI_WORKFLOW_REF_KINDS.owner[0]}
        hideIcon
      />
      {technicalSponsor ? (
        <>
          , with{' '}
          <SpecRefLink
            entityRef={technicalSponsor}
            defaultKind={AI_WORKFLOW_REF_KINDS.technicalSponsor[0]}
            hideIcon
          />{' '}
          as technical partner.
        </>
      ) : (
        '.'
      )}
    </Typography>
  );
}
