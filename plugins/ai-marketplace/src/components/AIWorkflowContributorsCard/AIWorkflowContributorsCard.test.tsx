import { screen, within } from '@testing-library/react';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { AIWorkflowContributorsCard } from './AIWorkflowContributorsCard';

/** The text of each body row, cell by cell. */
function rows() {
  const table = screen.getByRole('table', { name: 'Contribution log' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      within(row)
        .getAllByRole('cell')
        .map(cell => cell.textContent?.trim()),
    );
}

describe('AIWorkflowContributorsCard', () => {
  it('lists the contribution log in plain words, owner first', async () => {
    await renderEntityCard(<AIWorkflowContributorsCard />, exampleAIWorkflow);

    expect(rows()).toEqual([
      [
        'customer-support owner',
        'Subject-matter expertise',
        '200 labelled tickets and the acceptance criteria',
      ],
      ['ai-platform', 'Built it', ''],
    ]);
    expect(screen.getByRole('link', { name: 'ai-platform' })).toHaveAttribute(
      'href',
      '/catalog/default/group/ai-platform',
    );
  });

  it('moves the owning team to the top of the log', async () => {
    await renderEntityCard(<AIWorkflowContributorsCard />, {
      ...exampleAIWorkflow,
      spec: {
        ...exampleAIWorkflow.spec,
        contributors: [
          { team: 'group:default/ai-platform', role: 'build' },
          { team: 'data-office', role: 'data' },
          { team: 'customer-support', role: 'testing', note: 'UAT' },
        ],
      },
    });

    expect(rows()).toEqual([
      ['customer-support owner', 'Tested it', 'UAT'],
      ['ai-platform', 'Built it', ''],
      ['data-office', 'Provided the data', ''],
    ]);
  });

  it('credits the owner even when the log does not name it', async () => {
    const { contributors, ...spec } = exampleAIWorkflow.spec;
    await renderEntityCard(<AIWorkflowContributorsCard />, {
      ...exampleAIWorkflow,
      spec,
    });

    expect(rows()).toEqual([
      ['customer-support owner', 'Leads the outcome', ''],
    ]);
  });

  it('explains itself on an entity of another kind', async () => {
    await renderEntityCard(
      <AIWorkflowContributorsCard />,
      examplePromptLibrary,
    );
    expect(
      screen.getByText(/This card shows AIWorkflow entities/),
    ).toBeInTheDocument();
  });
});
