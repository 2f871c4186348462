import Grid from '@material-ui/core/Grid';
import { EntityLayout, EntityLinksCard } from '@backstage/plugin-catalog';
import { EntityCatalogGraphCard } from '@backstage/plugin-catalog-graph';
import {
  EntityAIWorkflowContributorsCard,
  EntityAIWorkflowOutcomesCard,
  EntityAIWorkflowOverviewCard,
  EntityAIWorkflowSafetyCard,
  EntityPromptLibraryOverviewCard,
  EntityPromptLibraryPromptsCard,
} from '@ai-marketplace/plugin-ai-marketplace';
import { entityWarningContent } from './entityWarningContent';

// Which relations the graph draws is set once for the app, in apis.ts.
const relationsGraph = <EntityCatalogGraphCard height={400} />;

/** The page of an AIWorkflow: who owns it, how it is kept safe, what it moves. */
export const aiWorkflowPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowOverviewCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowSafetyCard />
        </Grid>
        <Grid item xs={12}>
          {relationsGraph}
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowOutcomesCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowContributorsCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityLinksCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);

/** The page of a PromptLibrary: who curates it, and every prompt in it. */
export const promptLibraryPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        <Grid item xs={12} md={6}>
          <EntityPromptLibraryOverviewCard />
        </Grid>
        <Grid item xs={12} md={6}>
          {relationsGraph}
        </Grid>
        <Grid item xs={12}>
          <EntityPromptLibraryPromptsCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);
