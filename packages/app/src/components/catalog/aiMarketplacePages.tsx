import Grid from '@material-ui/core/Grid';
import { EntityLayout, EntityLinksCard } from '@backstage/plugin-catalog';
import { EntityCatalogGraphCard } from '@backstage/plugin-catalog-graph';
import {
  EntityAIWorkflowActionsCard,
  EntityAIWorkflowContributorsCard,
  EntityAIWorkflowErrorBudgetCard,
  EntityAIWorkflowEvalGateCard,
  EntityAIWorkflowLineageCard,
  EntityAIWorkflowOutcomesCard,
  EntityAIWorkflowOverviewCard,
  EntityAIWorkflowSafetyCard,
  EntityPromptLibraryOverviewCard,
  EntityPromptLibraryPromptsCard,
  EntityReadinessScorecardCard,
  EntityReuseCard,
} from '@ai-marketplace/plugin-ai-marketplace';
import { entityWarningContent } from './entityWarningContent';

// Which relations the graph draws is set once for the app, in apis.ts.
const relationsGraph = <EntityCatalogGraphCard height={400} />;

// The same tab on both kinds: level, checks with reason and fix, exemptions.
const readinessRoute = (
  <EntityLayout.Route path="/readiness" title="Readiness">
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <EntityReadinessScorecardCard />
      </Grid>
    </Grid>
  </EntityLayout.Route>
);

/**
 * The page of an AIWorkflow: who owns it, how it is kept safe, how to adopt
 * it, who reuses it and what it moves; its readiness on a tab of its own.
 */
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
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowActionsCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowEvalGateCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityReuseCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowErrorBudgetCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowLineageCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowContributorsCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityAIWorkflowOutcomesCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityLinksCard />
        </Grid>
        <Grid item xs={12}>
          {relationsGraph}
        </Grid>
      </Grid>
    </EntityLayout.Route>
    {readinessRoute}
  </EntityLayout>
);

/**
 * The page of a PromptLibrary: who curates it, who reuses it, every prompt
 * in it (fill, copy, curate); its readiness on a tab of its own.
 */
export const promptLibraryPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        <Grid item xs={12} md={6}>
          <EntityPromptLibraryOverviewCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityReuseCard />
        </Grid>
        <Grid item xs={12}>
          <EntityPromptLibraryPromptsCard />
        </Grid>
        <Grid item xs={12}>
          {relationsGraph}
        </Grid>
      </Grid>
    </EntityLayout.Route>
    {readinessRoute}
  </EntityLayout>
);
