import { workflowCheck } from './defineCheck';
import { namedUser } from './namedUser';

/** "The name test": one person whose number the workflow moves. */
export const businessOwnerNamed = workflowCheck({
  id: 'business-owner-named',
  title: 'Business owner named',
  description:
    'spec.businessOwner names the person whose number the workflow moves, and that person is a User in the catalog.',
  evaluate: (workflow, { catalog }) =>
    namedUser(
      workflow.spec.businessOwner,
      'businessOwner',
      'business owner',
      catalog,
    ),
});
