import { workflowCheck } from './defineCheck';
import { namedUser } from './namedUser';

/** One directly responsible individual, who is still around. */
export const driNamed = workflowCheck({
  id: 'dri-named',
  title: 'DRI named',
  description:
    'spec.dri names the single directly responsible individual, and that person is a User in the catalog.',
  evaluate: (workflow, { catalog }) =>
    namedUser(workflow.spec.dri, 'dri', 'DRI', catalog),
});
