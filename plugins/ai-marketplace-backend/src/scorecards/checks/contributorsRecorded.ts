import { workflowCheck } from './defineCheck';
import { fail, pass, stale } from './outcomes';
import { refOf } from './refs';

/**
 * The contribution log credits the teams that helped (data, expertise,
 * testing, build, operations). A credited team the catalog no longer has
 * makes the log `stale`.
 */
export const contributorsRecorded = workflowCheck({
  id: 'contributors-recorded',
  title: 'Contributors recorded',
  description:
    'spec.contributors credits at least one team with its role, and every credited team is a Group in the catalog.',
  evaluate(workflow, { catalog }) {
    const contributors = workflow.spec.contributors ?? [];
    if (!contributors.length) {
      return fail(
        'No contributors recorded',
        'Credit the teams that contributed in spec.contributors (team, role, note)',
      );
    }
    const gone = contributors
      .map(c => refOf(c.team, 'group') ?? c.team)
      .filter(team => !catalog.groups.has(team));
    if (gone.length) {
      return stale(
        `Credited teams not in the catalog (any more): ${gone.join(', ')}`,
        'Update spec.contributors to the teams as they are today',
      );
    }
    return pass(
      `${contributors.length} contribution${
        contributors.length === 1 ? '' : 's'
      } recorded`,
    );
  },
});
