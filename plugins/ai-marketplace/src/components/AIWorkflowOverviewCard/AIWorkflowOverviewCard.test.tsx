import { screen } from '@testing-library/react';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { AIWorkflowOverviewCard } from './AIWorkflowOverviewCard';

describe('AIWorkflowOverviewCard', () => {
  it('credits the owning team first, then the technical partner', async () => {
    await renderEntityCard(<AIWorkflowOverviewCard />, exampleAIWorkflow);

    const credit = screen.getByText(/^Led by/);
    expect(credit).toHaveTextContent(
      'Led by customer-support, with ai-platform as technical partner.',
    );
  });

  it('shows every field, with refs as links to their entity pages', async () => {
    await renderEntityCard(<AIWorkflowOverviewCard />, exampleAIWorkflow);

    const linkTo = (name: string) =>
      screen
        .getAllByRole('link', { name })
        .map(link => link.getAttribute('href'));
    expect(linkTo('customer-support')).toContain(
      '/catalog/default/group/customer-support',
    );
    expect(linkTo('maria.lopez')).toEqual([
      '/catalog/default/user/maria.lopez',
    ]);
    expect(linkTo('sam.chen')).toEqual(['/catalog/default/user/sam.chen']);
    expect(linkTo('ai-platform')).toContain(
      '/catalog/default/group/ai-platform',
    );
    expect(linkTo('support-automation-guild')).toEqual([
      '/catalog/default/group/support-automation-guild',
    ]);
    expect(linkTo('sales-inbox-triage')).toEqual([
      '/catalog/default/aiworkflow/sales-inbox-triage',
    ]);
    expect(linkTo('gpt-4o-mini')).toEqual([
      '/catalog/default/resource/gpt-4o-mini',
    ]);
    expect(linkTo('support-prompts')).toEqual([
      '/catalog/default/promptlibrary/support-prompts',
    ]);

    expect(screen.getByText('support')).toBeInTheDocument();
    expect(screen.getByText('assistant')).toBeInTheDocument();
    expect(screen.getByText('production')).toBeInTheDocument();
    expect(screen.getByText('helpdesk')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Classifies incoming tickets and drafts a first reply for an agent to approve.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('No DRI named')).not.toBeInTheDocument();
  });

  it('reads refs written without kind with the field default kind', async () => {
    await renderEntityCard(<AIWorkflowOverviewCard />, {
      ...exampleAIWorkflow,
      spec: {
        ...exampleAIWorkflow.spec,
        owner: 'customer-support',
        dri: 'sam.chen',
        derivedFrom: 'sales-inbox-triage',
      },
    });

    expect(
      screen.getAllByRole('link', { name: 'customer-support' })[0],
    ).toHaveAttribute('href', '/catalog/default/group/customer-support');
    expect(screen.getByRole('link', { name: 'sam.chen' })).toHaveAttribute(
      'href',
      '/catalog/default/user/sam.chen',
    );
    expect(
      screen.getByRole('link', { name: 'sales-inbox-triage' }),
    ).toHaveAttribute('href', '/catalog/default/aiworkflow/sales-inbox-triage');
  });

  it('warns when no DRI is named, and marks other gaps "Not declared"', async () => {
    const { dri, businessOwner, technicalSponsor, ...spec } =
      exampleAIWorkflow.spec;
    await renderEntityCard(<AIWorkflowOverviewCard />, {
      ...exampleAIWorkflow,
      spec,
    });

    expect(screen.getByText('No DRI named')).toBeInTheDocument();
    expect(screen.getAllByText('Not declared')).toHaveLength(2);
    expect(screen.getByText(/^Led by/)).toHaveTextContent(
      'Led by customer-support.',
    );
  });

  it('explains itself on an entity of another kind', async () => {
    await renderEntityCard(<AIWorkflowOverviewCard />, examplePromptLibrary);

    expect(
      screen.getByText(/This card shows AIWorkflow entities/),
    ).toBeInTheDocument();
  });
});
