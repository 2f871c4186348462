import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import {
  isPromptLibraryEntity,
  PROMPT_LIBRARY_REF_KINDS,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { formatIsoPeriod } from '../../lib/duration';
import { getReviewStatus, toLocalIsoDate } from '../../lib/reviewStatus';
import { Field, SubField } from '../Field';
import { KindMismatch } from '../KindMismatch';
import { SpecRefLink } from '../SpecRefLink';
import { WarningText } from '../WarningText';

const TITLE = 'About this library';

/** When the library was reviewed, how often it must be, and whether it is late. */
function Review(props: { reviewedAt: string; reviewCadence?: string }) {
  const { reviewedAt, reviewCadence } = props;
  const status = getReviewStatus(
    reviewedAt,
    reviewCadence,
    toLocalIsoDate(new Date()),
  );
  return (
    <>
      <SubField label="Last reviewed">{reviewedAt}</SubField>
      <SubField label="Cadence">
        every {formatIsoPeriod(status.cadence)}
        {reviewCadence === undefined && ' (default)'}
      </SubField>
      {status.dueOn &&
        (status.overdue ? (
          <WarningText>Review overdue since {status.dueOn}</WarningText>
        ) : (
          <SubField label="Next review due">{status.dueOn}</SubField>
        ))}
    </>
  );
}

/** Who owns and curates a prompt library, and whether its review is current. */
export function PromptLibraryOverviewCard() {
  const { entity } = useEntity();
  if (!isPromptLibraryEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="PromptLibrary" />;
  }
  const { metadata, spec } = entity;
  const promptCount = spec.prompts.length;

  return (
    <EntityInfoCard title={TITLE}>
      {metadata.description && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {metadata.description}
        </Typography>
      )}
      <Grid container spacing={2}>
        <Field label="Owner">
          <SpecRefLink
            entityRef={spec.owner}
            defaultKind={PROMPT_LIBRARY_REF_KINDS.owner[0]}
          />
        </Field>
        <Field label="Curated by (guild)">
          {spec.guild && (
            <SpecRefLink
              entityRef={spec.guild}
              defaultKind={PROMPT_LIBRARY_REF_KINDS.guild[0]}
            />
          )}
        </Field>
        <Field label="Business function">{spec.function}</Field>
        <Field label="Lifecycle">{spec.lifecycle}</Field>
        <Field label="Review">
          {spec.reviewedAt && (
            <Review
              reviewedAt={spec.reviewedAt}
              reviewCadence={spec.reviewCadence}
            />
          )}
        </Field>
        <Field label="Prompts">
          {promptCount === 1 ? '1 prompt' : `${promptCount} prompts`}
        </Field>
      </Grid>
    </EntityInfoCard>
  );
}
