import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { Content } from '@backstage/core-components';
import { createDevApp, EntityGridItem } from '@backstage/dev-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  aiMarketplacePlugin,
  EntityAIWorkflowContributorsCard,
  EntityAIWorkflowOutcomesCard,
  EntityAIWorkflowOverviewCard,
  EntityAIWorkflowSafetyCard,
  EntityPromptLibraryOverviewCard,
  EntityPromptLibraryPromptsCard,
} from '../src/plugin';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../src/__testUtils__/exampleEntities';
import { GeneratedMarketplacePage } from './GeneratedMarketplacePage';

// The cards link to entity pages; the dev app has no catalog, so the entity
// route leads to a stand-in page.
const catalogStandInPlugin = createPlugin({ id: 'catalog-stand-in' });
const EntityPageStandIn = catalogStandInPlugin.provide(
  createRoutableExtension({
    name: 'EntityPageStandIn',
    mountPoint: entityRouteRef,
    component: async () => () =>
      (
        <Typography>
          Entity pages live in the catalog, which this dev app does not run.
        </Typography>
      ),
  }),
);

createDevApp()
  .registerPlugin(aiMarketplacePlugin, catalogStandInPlugin)
  .addPage({
    path: '/ai-workflow',
    title: 'AIWorkflow',
    element: (
      <Content>
        <Grid container spacing={3} alignItems="stretch">
          <EntityGridItem entity={exampleAIWorkflow} xs={12} md={6}>
            <EntityAIWorkflowOverviewCard />
          </EntityGridItem>
          <EntityGridItem entity={exampleAIWorkflow} xs={12} md={6}>
            <EntityAIWorkflowSafetyCard />
          </EntityGridItem>
          <EntityGridItem entity={exampleAIWorkflow} xs={12} md={6}>
            <EntityAIWorkflowOutcomesCard />
          </EntityGridItem>
          <EntityGridItem entity={exampleAIWorkflow} xs={12} md={6}>
            <EntityAIWorkflowContributorsCard />
          </EntityGridItem>
        </Grid>
      </Content>
    ),
  })
  .addPage({
    path: '/prompt-library',
    title: 'PromptLibrary',
    element: (
      <Content>
        <Grid container spacing={3} alignItems="stretch">
          <EntityGridItem entity={examplePromptLibrary} xs={12} md={6}>
            <EntityPromptLibraryOverviewCard />
          </EntityGridItem>
          <EntityGridItem entity={examplePromptLibrary} xs={12}>
            <EntityPromptLibraryPromptsCard />
          </EntityGridItem>
        </Grid>
      </Content>
    ),
  })
  .addPage({
    // 5,000 generated assets: the page bench/marketplace measures.
    path: '/marketplace-5000',
    title: 'Marketplace (5,000)',
    element: <GeneratedMarketplacePage count={5000} />,
  })
  .addPage({
    path: '/catalog/:namespace/:kind/:name',
    element: <EntityPageStandIn />,
  })
  .render();
