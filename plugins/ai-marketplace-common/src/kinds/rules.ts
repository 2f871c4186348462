import { parseEntityRef } from '@backstage/catalog-model';
import { listTemplateVariables } from '../promptTemplate';
import type { AIWorkflowEntityV1alpha1 } from './AIWorkflowEntityV1alpha1';
import type { PromptLibraryEntityV1alpha1 } from './PromptLibraryEntityV1alpha1';
import {
  AI_WORKFLOW_REF_KINDS,
  PROMPT_LIBRARY_REF_KINDS,
} from './entityRefFields';

/** One broken rule: which field, which rule, and what is wrong in plain words. */
export interface EntityRuleViolation {
  field: string;
  rule: string;
  message: string;
}

/** Checks one ref: it parses, and points at one of the allowed kinds. */
function refViolation(
  field: string,
  ref: string | undefined,
  kinds: readonly string[],
): EntityRuleViolation[] {
  if (ref === undefined) return [];
  let kind: string;
  try {
    kind = parseEntityRef(ref, {
      defaultKind: kinds[0],
      defaultNamespace: 'default',
    }).kind.toLocaleLowerCase('en-US');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        field,
        rule: 'entity-ref',
        message: `"${ref}" is not a valid entity reference: ${reason}`,
      },
    ];
  }
  if (!kinds.includes(kind)) {
    return [
      {
        field,
        rule: 'entity-ref-kind',
        message: `"${ref}" must refer to a ${kinds.join(
          ' or ',
        )}, not a ${kind}`,
      },
    ];
  }
  return [];
}

function refListViolations(
  field: string,
  refs: string[] | undefined,
  kinds: readonly string[],
): EntityRuleViolation[] {
  return (refs ?? []).flatMap((ref, i) =>
    refViolation(`${field}[${i}]`, ref, kinds),
  );
}

/**
 * The AIWorkflow rules a JSON schema cannot express. A workflow that may
 * execute actions, or is high risk, must name a human approval step and a
 * kill switch before it may be registered.
 */
export function aiWorkflowRuleViolations(
  entity: AIWorkflowEntityV1alpha1,
): EntityRuleViolation[] {
  const spec = entity.spec;
  const k = AI_WORKFLOW_REF_KINDS;
  const violations: EntityRuleViolation[] = [
    ...refViolation('spec.owner', spec.owner, k.owner),
    ...refViolation('spec.businessOwner', spec.businessOwner, k.businessOwner),
    ...refViolation('spec.dri', spec.dri, k.dri),
    ...refViolation(
      'spec.technicalSponsor',
      spec.technicalSponsor,
      k.technicalSponsor,
    ),
    ...refViolation('spec.guild', spec.guild, k.guild),
    ...refListViolations('spec.models', spec.models, k.models),
    ...refListViolations('spec.prompts', spec.prompts, k.prompts),
    ...refViolation('spec.derivedFrom', spec.derivedFrom, k.derivedFrom),
    ...refListViolations(
      'spec.approval.approvers',
      spec.approval?.approvers,
      k['approval.approvers'],
    ),
    ...refViolation(
      'spec.killSwitch.owner',
      spec.killSwitch?.owner,
      k['killSwitch.owner'],
    ),
    ...(spec.contributors ?? []).flatMap((c, i) =>
      refViolation(
        `spec.contributors[${i}].team`,
        c.team,
        k['contributors.team'],
      ),
    ),
  ];

  const passRate = spec.evaluation?.passRate;
  if (passRate !== undefined && !(passRate >= 0 && passRate <= 1)) {
    violations.push({
      field: 'spec.evaluation.passRate',
      rule: 'pass-rate-within-0-1',
      message: `${passRate} is not a share between 0 and 1 (write 92% as 0.92)`,
    });
  }

  const needsSafeguards =
    spec.actionTier === 'execute' || spec.riskTier === 'high';
  if (needsSafeguards) {
    const why = `actionTier is "${spec.actionTier}" and riskTier is "${spec.riskTier}"`;
    if (spec.approval?.required !== true) {
      violations.push({
        field: 'spec.approval',
        rule: 'approval-required-for-execute-or-high-risk',
        message: `must be present with required: true because ${why}`,
      });
    }
    if (!spec.killSwitch) {
      violations.push({
        field: 'spec.killSwitch',
        rule: 'kill-switch-required-for-execute-or-high-risk',
        message: `must name an owner and a procedure because ${why}`,
      });
    }
  }
  return violations;
}

/**
 * The PromptLibrary rules a JSON schema cannot express: prompt ids are unique,
 * and each template uses exactly the variables it declares.
 */
export function promptLibraryRuleViolations(
  entity: PromptLibraryEntityV1alpha1,
): EntityRuleViolation[] {
  const spec = entity.spec;
  const violations: EntityRuleViolation[] = [
    ...refViolation('spec.owner', spec.owner, PROMPT_LIBRARY_REF_KINDS.owner),
    ...refViolation('spec.guild', spec.guild, PROMPT_LIBRARY_REF_KINDS.guild),
  ];

  const firstIndexById = new Map<string, number>();
  spec.prompts.forEach((prompt, i) => {
    const field = `spec.prompts[${i}]`;
    const earlier = firstIndexById.get(prompt.id);
    if (earlier !== undefined) {
      violations.push({
        field: `${field}.id`,
        rule: 'unique-prompt-ids',
        message: `"${prompt.id}" is already the id of spec.prompts[${earlier}]`,
      });
    } else {
      firstIndexById.set(prompt.id, i);
    }

    violations.push(
      ...refListViolations(
        `${field}.models`,
        prompt.models,
        PROMPT_LIBRARY_REF_KINDS['prompts.models'],
      ),
    );

    const declared = (prompt.variables ?? []).map(v => v.name);
    const used = listTemplateVariables(prompt.template);
    const repeated = declared.filter((name, j) => declared.indexOf(name) !== j);
    for (const name of new Set(repeated)) {
      violations.push({
        field: `${field}.variables`,
        rule: 'template-variables-match',
        message: `prompt "${prompt.id}" declares variable "${name}" more than once`,
      });
    }
    for (const name of used.filter(n => !declared.includes(n))) {
      violations.push({
        field: `${field}.template`,
        rule: 'template-variables-match',
        message: `prompt "${prompt.id}" uses {{${name}}}, which is not declared in variables`,
      });
    }
    for (const name of new Set(declared.filter(n => !used.includes(n)))) {
      violations.push({
        field: `${field}.variables`,
        rule: 'template-variables-match',
        message: `prompt "${prompt.id}" declares variable "${name}", which its template never uses`,
      });
    }
  });
  return violations;
}
