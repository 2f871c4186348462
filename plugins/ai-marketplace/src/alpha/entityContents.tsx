import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isMarketplaceAsset } from './entityFilters';

/**
 * The Readiness tab of AIWorkflow and PromptLibrary pages, as in the legacy
 * app: level, checks with reason and fix, the next level, exemptions.
 */
export const readinessContent = EntityContentBlueprint.make({
  name: 'readiness',
  params: {
    path: '/readiness',
    title: 'Readiness',
    filter: isMarketplaceAsset,
    loader: () =>
      import('../components/ReadinessScorecardCard').then(m => (
        <m.ReadinessScorecardCard />
      )),
  },
});
