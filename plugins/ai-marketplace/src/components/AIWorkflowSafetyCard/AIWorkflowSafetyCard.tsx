import Grid from '@material-ui/core/Grid';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import {
  AI_WORKFLOW_REF_KINDS,
  AIWorkflowEntityV1alpha1,
  isAIWorkflowEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { formatIsoPeriod } from '../../lib/duration';
import {
  ACTION_TIER_EXPLANATIONS,
  DATA_CLASSIFICATION_EXPLANATIONS,
  RISK_TIER_EXPLANATIONS,
} from '../../lib/tierExplanations';
import { Field, SubField } from '../Field';
import { KindMismatch } from '../KindMismatch';
import { LinkOrText } from '../LinkOrText';
import { SpecRefLink, SpecRefLinks } from '../SpecRefLink';

const TITLE = 'Safety';

type Spec = AIWorkflowEntityV1alpha1['spec'];

/** "write — changes records, reversible": a tier and what it means. */
function Explained(props: { value: string; explanation: string }) {
  return (
    <>
      <strong>{props.value}</strong> — {props.explanation}
    </>
  );
}

function Approval(props: { approval: NonNullable<Spec['approval']> }) {
  const { approval } = props;
  if (!approval.required) {
    return <>Not required</>;
  }
  return (
    <>
      <strong>Required</strong>
      <SubField label="Approvers">
        {approval.approvers && approval.approvers.length > 0 && (
          <SpecRefLinks
            entityRefs={approval.approvers}
            defaultKind={AI_WORKFLOW_REF_KINDS['approval.approvers'][0]}
          />
        )}
      </SubField>
      <SubField label="When">{approval.when}</SubField>
    </>
  );
}

function Evaluation(props: { evaluation: NonNullable<Spec['evaluation']> }) {
  const { dataset, passRate, results, cadence } = props.evaluation;
  return (
    <>
      <SubField label="Dataset">
        {dataset && <LinkOrText value={dataset} />}
      </SubField>
      <SubField label="Pass-rate threshold">
        {passRate !== undefined &&
          `${Number((passRate * 100).toFixed(1))}% of cases must pass`}
      </SubField>
      <SubField label="Results">
        {results && <LinkOrText value={results} />}
      </SubField>
      <SubField label="Cadence">
        {cadence && `re-run every ${formatIsoPeriod(cadence)}`}
      </SubField>
    </>
  );
}

function KillSwitch(props: { killSwitch: NonNullable<Spec['killSwitch']> }) {
  const { owner, procedure } = props.killSwitch;
  return (
    <>
      <SubField label="Owner">
        <SpecRefLink
          entityRef={owner}
          defaultKind={AI_WORKFLOW_REF_KINDS['killSwitch.owner'][0]}
        />
      </SubField>
      <SubField label="Procedure">{procedure}</SubField>
    </>
  );
}

/**
 * What an AI workflow may do and how it is kept safe: tiers in plain words,
 * human approval, the evaluation gate, and how to stop it or roll it back.
 */
export function AIWorkflowSafetyCard() {
  const { entity } = useEntity();
  if (!isAIWorkflowEntity(entity)) {
    return <KindMismatch title={TITLE} expectedKind="AIWorkflow" />;
  }
  const { spec } = entity;

  return (
    <EntityInfoCard title={TITLE}>
      <Grid container spacing={2}>
        <Field label="Action tier">
          <Explained
            value={spec.actionTier}
            explanation={ACTION_TIER_EXPLANATIONS[spec.actionTier]}
          />
        </Field>
        <Field label="Risk tier">
          <Explained
            value={spec.riskTier}
            explanation={RISK_TIER_EXPLANATIONS[spec.riskTier]}
          />
        </Field>
        <Field label="Data classification">
          {spec.dataClassification && (
            <Explained
              value={spec.dataClassification}
              explanation={
                DATA_CLASSIFICATION_EXPLANATIONS[spec.dataClassification]
              }
            />
          )}
        </Field>
        <Field label="Error budget">
          {spec.errorBudget &&
            `${spec.errorBudget.incidents} ${
              spec.errorBudget.incidents === 1 ? 'incident' : 'incidents'
            } per ${formatIsoPeriod(spec.errorBudget.period)}`}
        </Field>
        <Field label="Human approval">
          {spec.approval && <Approval approval={spec.approval} />}
        </Field>
        <Field label="Evaluation">
          {spec.evaluation && <Evaluation evaluation={spec.evaluation} />}
        </Field>
        <Field label="Kill switch">
          {spec.killSwitch && <KillSwitch killSwitch={spec.killSwitch} />}
        </Field>
        <Field label="Rollback">
          {spec.rollback && <LinkOrText value={spec.rollback} />}
        </Field>
        <Field label="Escalation">
          {spec.escalation && <LinkOrText value={spec.escalation} />}
        </Field>
      </Grid>
    </EntityInfoCard>
  );
}
