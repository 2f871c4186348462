import { workflowCheck } from './defineCheck';
import { fail, pass } from './outcomes';

/**
 * Someone can be reached when the workflow misbehaves. Cannot be stale: a
 * channel or rotation name is free text the catalog cannot verify.
 */
export const escalationPathDeclared = workflowCheck({
  id: 'escalation-path-declared',
  title: 'Escalation path declared',
  description:
    'spec.escalation names the channel or on-call rotation to reach when the workflow fails.',
  evaluate(workflow) {
    const escalation = workflow.spec.escalation?.trim();
    if (!escalation) {
      return fail(
        'No escalation path declared',
        'Name the channel or on-call rotation in spec.escalation',
      );
    }
    return pass(`Escalation: ${escalation}`);
  },
});
