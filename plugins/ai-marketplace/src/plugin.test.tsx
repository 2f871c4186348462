import { screen } from '@testing-library/react';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from './__testUtils__/exampleEntities';
import { renderEntityCard } from './__testUtils__/renderEntityCard';
import {
  aiMarketplacePlugin,
  EntityAIWorkflowContributorsCard,
  EntityAIWorkflowOutcomesCard,
  EntityAIWorkflowOverviewCard,
  EntityAIWorkflowSafetyCard,
  EntityPromptLibraryOverviewCard,
  EntityPromptLibraryPromptsCard,
} from './plugin';

describe('aiMarketplacePlugin', () => {
  it('has the plugin id', () => {
    expect(aiMarketplacePlugin.getId()).toBe('ai-marketplace');
  });

  it.each([
    ['About this workflow', EntityAIWorkflowOverviewCard],
    ['Safety', EntityAIWorkflowSafetyCard],
    ['Outcomes', EntityAIWorkflowOutcomesCard],
    ['Contributors', EntityAIWorkflowContributorsCard],
  ])('lazy-loads the workflow card "%s"', async (title, Card) => {
    await renderEntityCard(<Card />, exampleAIWorkflow);
    expect(await screen.findByText(title)).toBeInTheDocument();
  });

  it.each([
    ['About this library', EntityPromptLibraryOverviewCard],
    ['Prompts (1)', EntityPromptLibraryPromptsCard],
  ])('lazy-loads the library card "%s"', async (title, Card) => {
    await renderEntityCard(<Card />, examplePromptLibrary);
    expect(await screen.findByText(title)).toBeInTheDocument();
  });
});
