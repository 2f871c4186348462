import { workflowCheck } from './defineCheck';
import { fail, pass } from './outcomes';

const CLASSES = new Set(['public', 'internal', 'confidential', 'restricted']);

/**
 * The data the workflow handles is classified, so that models and controls
 * can be matched to it. Cannot be stale: the classification is the spec's.
 */
export const dataClassificationDeclared = workflowCheck({
  id: 'data-classification-declared',
  title: 'Data classification declared',
  description:
    'spec.dataClassification says which class of data the workflow handles: public, internal, confidential or restricted.',
  evaluate(workflow) {
    const classification = workflow.spec.dataClassification;
    if (!classification || !CLASSES.has(classification)) {
      return fail(
        'No data classification declared',
        'Declare spec.dataClassification: public, internal, confidential or restricted',
      );
    }
    return pass(`Handles ${classification} data`);
  },
});
