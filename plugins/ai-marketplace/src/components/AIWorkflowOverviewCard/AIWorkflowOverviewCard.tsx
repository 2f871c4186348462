import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import {
  AI_WORKFLOW_REF_KINDS,
  isAIWorkflowEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Field } from '../Field';
import { KindMismatch } from '../KindMismatch';
import { SpecRefLink, SpecRefLinks } from '../SpecRefLink';
import { WarningText } from '../WarningText';
import { CreditLine } from './CreditLine';

const TITLE = 'About this workflow';

/**
 * Who owns an AI workflow and what it is: the credit line, the people and
 * teams accountable for it, and what it is built from.
 */
export function AIWorkflowOverviewCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="AIWorkflow" />;
  }
  const { metadata, spec } = entity;
  const kinds = AI_WORKFLOW_REF_KINDS;

  return (
    <EntityInfoCard title={TITLE}>
      <CreditLine owner={spec.owner} technicalSponsor={spec.technicalSponsor} />
      {metadata.description && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {metadata.description}
        </Typography>
      )}
      <Grid container spacing={2}>
        <Field label="Owner">
          <SpecRefLink entityRef={spec.owner} defaultKind={kinds.owner[0]} />
        </Field>
        <Field label="Business owner">
          {spec.businessOwner && (
            <SpecRefLink
              entityRef={spec.businessOwner}
              defaultKind={kinds.businessOwner[0]}
            />
          )}
        </Field>
        <Field label="DRI (directly responsible individual)">
          {spec.dri ? (
            <SpecRefLink entityRef={spec.dri} defaultKind={kinds.dri[0]} />
          ) : (
            <WarningText>No DRI named</WarningText>
          )}
        </Field>
        <Field label="Technical sponsor">
          {spec.technicalSponsor && (
            <SpecRefLink
              entityRef={spec.technicalSponsor}
              defaultKind={kinds.technicalSponsor[0]}
            />
          )}
        </Field>
        <Field label="Business function">{spec.function}</Field>
        <Field label="Guild">
          {spec.guild && (
            <SpecRefLink entityRef={spec.guild} defaultKind={kinds.guild[0]} />
          )}
        </Field>
        <Field label="Type">{spec.type}</Field>
        <Field label="Lifecycle">{spec.lifecycle}</Field>
        <Field label="Derived from" wide>
          {spec.derivedFrom && (
            <>
              Adapted from{' '}
              <SpecRefLink
                entityRef={spec.derivedFrom}
                defaultKind={kinds.derivedFrom[0]}
              />
            </>
          )}
        </Field>
        <Field label="Models">
          {spec.models && spec.models.length > 0 && (
            <SpecRefLinks
              entityRefs={spec.models}
              defaultKind={kinds.models[0]}
            />
          )}
        </Field>
        <Field label="Prompt libraries">
          {spec.prompts && spec.prompts.length > 0 && (
            <SpecRefLinks
              entityRefs={spec.prompts}
              defaultKind={kinds.prompts[0]}
            />
          )}
        </Field>
        {metadata.tags && metadata.tags.length > 0 && (
          <Field label="Tags" wide>
            {metadata.tags.map(tag => (
              <Chip key={tag} size="small" label={tag} />
            ))}
          </Field>
        )}
      </Grid>
    </EntityInfoCard>
  );
}
