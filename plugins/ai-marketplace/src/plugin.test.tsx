import { screen } from '@testing-library/react';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from './__testUtils__/exampleEntities';
import { renderEntityCard } from './__testUtils__/renderEntityCard';
import { ReactElement } from 'react';
import { identityApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import { marketplaceApiRef } from './api';
import { marketplaceApiMock } from './__testUtils__/marketplaceApiMock';
import {
  aiMarketplacePlugin,
  EntityAIWorkflowContributorsCard,
  EntityAIWorkflowOutcomesCard,
  EntityAIWorkflowOverviewCard,
  EntityAIWorkflowSafetyCard,
  EntityPromptLibraryOverviewCard,
  EntityPromptLibraryPromptsCard,
  EntityAIWorkflowEvalGateCard,
  EntityAIWorkflowErrorBudgetCard,
  EntityAIWorkflowLineageCard,
  EntityAIWorkflowActionsCard,
  EntityReuseCard,
  EntityReadinessScorecardCard,
} from './plugin';

/** Cards that read the backend, the catalog or permissions need their APIs. */
const withApis = (card: ReactElement) => (
  <TestApiProvider
    apis={[
      [marketplaceApiRef, marketplaceApiMock()],
      [identityApiRef, mockApis.identity()],
      [catalogApiRef, catalogApiMock()],
      [permissionApiRef, mockApis.permission()],
    ]}
  >
    {card}
  </TestApiProvider>
);

describe('aiMarketplacePlugin', () => {
  it('has the plugin id', () => {
    expect(aiMarketplacePlugin.getId()).toBe('ai-marketplace');
  });

  it.each([
    ['About this workflow', EntityAIWorkflowOverviewCard],
    ['Safety', EntityAIWorkflowSafetyCard],
    ['Outcomes', EntityAIWorkflowOutcomesCard],
    ['Contributors', EntityAIWorkflowContributorsCard],
    ['Evaluation gate', EntityAIWorkflowEvalGateCard],
    ['Error budget', EntityAIWorkflowErrorBudgetCard],
    ['Lineage', EntityAIWorkflowLineageCard],
    ['Use this workflow', EntityAIWorkflowActionsCard],
    ['Reuse', EntityReuseCard],
    ['Readiness', EntityReadinessScorecardCard],
  ])('lazy-loads the workflow card "%s"', async (title, Card) => {
    await renderEntityCard(withApis(<Card />), exampleAIWorkflow);
    expect(await screen.findByText(title)).toBeInTheDocument();
  });

  it.each([
    ['About this library', EntityPromptLibraryOverviewCard],
    ['Prompts (1)', EntityPromptLibraryPromptsCard],
    ['Reuse', EntityReuseCard],
    ['Readiness', EntityReadinessScorecardCard],
  ])('lazy-loads the library card "%s"', async (title, Card) => {
    await renderEntityCard(withApis(<Card />), examplePromptLibrary);
    expect(await screen.findByText(title)).toBeInTheDocument();
  });
});
