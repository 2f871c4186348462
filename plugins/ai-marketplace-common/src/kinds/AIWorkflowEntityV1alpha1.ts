import { Entity, KindValidator } from '@backstage/catalog-model';
import schema from './AIWorkflow.v1alpha1.schema.json';
import { AI_MARKETPLACE_API_VERSION, AssetLifecycle } from './common';
import { aiWorkflowRuleViolations } from './rules';
import { createKindValidator } from './kindValidator';

/** What an AI workflow may do on its own. */
export type ActionTier = 'read' | 'recommend' | 'write' | 'execute';
/** @public */
export type RiskTier = 'low' | 'medium' | 'high';
/** @public */
export type DataClassification =
  | 'public'
  | 'internal'
  | 'confidential'
  | 'restricted';
/** @public */
export type AIWorkflowType = 'assistant' | 'agent' | 'pipeline' | 'template';
/** How a team contributed to a workflow (the contribution log). */
export type ContributionRole =
  | 'data'
  | 'sme'
  | 'testing'
  | 'build'
  | 'operations';

/** @public */
export type AIWorkflowContributor = {
  team: string;
  role: ContributionRole;
  note?: string;
};

/** @public */
export type AIWorkflowOutcomeMetric = {
  name: string;
  unit?: string;
  baseline?: number;
  target?: number;
};

/** An AI-assisted or agentic workflow a business team runs and owns. */
export interface AIWorkflowEntityV1alpha1 extends Entity {
  apiVersion: typeof AI_MARKETPLACE_API_VERSION;
  kind: 'AIWorkflow';
  spec: {
    type: AIWorkflowType;
    lifecycle: AssetLifecycle;
    owner: string;
    businessOwner?: string;
    dri?: string;
    technicalSponsor?: string;
    function: string;
    guild?: string;
    actionTier: ActionTier;
    riskTier: RiskTier;
    dataClassification?: DataClassification;
    approval?: { required: boolean; approvers?: string[]; when?: string };
    evaluation?: {
      dataset?: string;
      passRate?: number;
      results?: string;
      cadence?: string;
    };
    killSwitch?: { owner: string; procedure: string };
    rollback?: string;
    errorBudget?: { incidents: number; period: string };
    escalation?: string;
    outcomeMetrics?: AIWorkflowOutcomeMetric[];
    models?: string[];
    prompts?: string[];
    derivedFrom?: string;
    contributors?: AIWorkflowContributor[];
  };
}

/**
 * Validates a AIWorkflow: the JSON schema first, then the rules a schema cannot
 * express (execute / high-risk workflows need approval and a kill switch; the
 * evaluation pass rate is a share between 0 and 1).
 */
export const aiWorkflowEntityV1alpha1Validator: KindValidator =
  createKindValidator<AIWorkflowEntityV1alpha1>(
    schema,
    aiWorkflowRuleViolations,
  );

/** @public */
export function isAIWorkflowEntity(
  entity: Entity,
): entity is AIWorkflowEntityV1alpha1 {
  return (
    entity.apiVersion === AI_MARKETPLACE_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === 'aiworkflow'
  );
}
