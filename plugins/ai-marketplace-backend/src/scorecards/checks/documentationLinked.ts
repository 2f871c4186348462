import { workflowCheck } from './defineCheck';
import { fail, pass } from './outcomes';

const TECHDOCS = 'backstage.io/techdocs-ref';

/**
 * Others can learn how the workflow works and what was learned building it:
 * at least one link, or TechDocs. Cannot be stale: whether a page is current
 * is not something the catalog knows.
 */
export const documentationLinked = workflowCheck({
  id: 'documentation-linked',
  title: 'Documentation or learnings linked',
  description:
    'metadata.links has at least one link (runbook, design notes, documented learnings), or the entity has TechDocs (backstage.io/techdocs-ref).',
  evaluate(workflow) {
    const links = workflow.metadata.links?.length ?? 0;
    if (workflow.metadata.annotations?.[TECHDOCS]) {
      return pass('Documented in TechDocs');
    }
    if (!links) {
      return fail(
        'No documentation or learnings linked',
        'Add the runbook, design notes or documented learnings to metadata.links',
      );
    }
    return pass(`${links} link${links === 1 ? '' : 's'} to documentation`);
  },
});
