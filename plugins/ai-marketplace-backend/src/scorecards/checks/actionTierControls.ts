import { workflowCheck } from './defineCheck';
import { fail, pass, stale } from './outcomes';
import { kindOfRef, refOf } from './refs';

const TIERS = new Set(['read', 'recommend', 'write', 'execute']);

/**
 * What a workflow may do on its own is declared; one that acts (`execute`)
 * also has a human approval, a kill switch with an owner who is still
 * around, and a rollback plan.
 */
export const actionTierControls = workflowCheck({
  id: 'action-tier-controls',
  title: 'Action tier and its controls',
  description:
    'spec.actionTier is declared; an execute-tier workflow also requires approval, has a kill switch whose owner is in the catalog, and a rollback plan.',
  evaluate(workflow, { catalog }) {
    const { actionTier, approval, killSwitch, rollback } = workflow.spec;
    if (!actionTier || !TIERS.has(actionTier)) {
      return fail(
        'No action tier declared',
        'Declare spec.actionTier: read, recommend, write or execute',
      );
    }
    if (actionTier !== 'execute') {
      return pass(`Action tier ${actionTier}: no execute controls needed`);
    }
    const missing = [
      ...(approval?.required ? [] : ['approval (required: true)']),
      ...(killSwitch?.owner && killSwitch.procedure ? [] : ['killSwitch']),
      ...(rollback ? [] : ['rollback']),
    ];
    if (missing.length) {
      return fail(
        `Execute tier without ${missing.join(', ')}`,
        `Add ${missing.map(m => `spec.${m}`).join(', ')}`,
      );
    }
    const switchOwner = refOf(killSwitch!.owner, 'user');
    const ownerKnown =
      switchOwner !== undefined &&
      (kindOfRef(switchOwner) === 'user'
        ? catalog.users.has(switchOwner)
        : catalog.groups.has(switchOwner));
    if (!ownerKnown) {
      return stale(
        `The kill switch owner ${
          switchOwner ?? killSwitch!.owner
        } is not in the catalog (any more)`,
        'Name who can pull the kill switch today in spec.killSwitch.owner',
      );
    }
    return pass('Execute tier with approval, kill switch and rollback');
  },
});
