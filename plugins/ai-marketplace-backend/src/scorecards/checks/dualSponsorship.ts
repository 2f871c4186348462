import { workflowCheck } from './defineCheck';
import { fail, pass, stale } from './outcomes';
import { kindOfRef, refOf } from './refs';

/**
 * Dual sponsorship: the business sponsors the outcome (a business owner) and
 * an enabling partner sponsors the technology (a technical sponsor other
 * than the owning team).
 */
export const dualSponsorship = workflowCheck({
  id: 'dual-sponsorship',
  title: 'Dual sponsorship',
  description:
    'A business owner and a technical sponsor (an enabling team or person other than the owning team) are both named, and the sponsor is in the catalog.',
  evaluate(workflow, { catalog }) {
    const { businessOwner, technicalSponsor, owner } = workflow.spec;
    if (!technicalSponsor) {
      return fail(
        'No technical sponsor named',
        'Name the enabling team or person in spec.technicalSponsor',
      );
    }
    if (!businessOwner) {
      return fail(
        'No business sponsor: spec.businessOwner is empty',
        'Name the business owner in spec.businessOwner',
      );
    }
    const sponsor = refOf(technicalSponsor, 'group');
    if (!sponsor) {
      return fail(
        `spec.technicalSponsor "${technicalSponsor}" is not an entity ref`,
        'Name a group or user in spec.technicalSponsor',
      );
    }
    if (sponsor === refOf(owner, 'group')) {
      return fail(
        'The technical sponsor is the owning team itself',
        'Name the enabling partner (e.g. the AI platform team) as spec.technicalSponsor',
      );
    }
    const known =
      kindOfRef(sponsor) === 'user'
        ? catalog.users.has(sponsor)
        : catalog.groups.has(sponsor);
    if (!known) {
      return stale(
        `Technical sponsor ${sponsor} is not in the catalog (any more)`,
        'Name the current technical sponsor in spec.technicalSponsor',
      );
    }
    return pass(
      `Sponsored by ${
        refOf(businessOwner, 'user') ?? businessOwner
      } and ${sponsor}`,
    );
  },
});
