import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PromptTemplate } from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { PromptLibraryPromptsCard } from './PromptLibraryPromptsCard';

const TOPICS = [
  'Refund decision',
  'Ticket summary',
  'Escalation note',
  'Apology email',
  'Bug report',
  'Feature request reply',
  'Churn risk check',
  'Knowledge base draft',
  'Closing message',
];

/** The example library plus nine more prompts: ten in all. */
const tenPromptLibrary = {
  ...examplePromptLibrary,
  spec: {
    ...examplePromptLibrary.spec,
    prompts: [
      ...examplePromptLibrary.spec.prompts,
      ...TOPICS.map(
        (title, i): PromptTemplate => ({
          id: title.toLowerCase().replace(/ /g, '-'),
          title,
          template: `Write a ${title.toLowerCase()} for {{ticket}}.`,
          variables: [{ name: 'ticket', description: 'The ticket text' }],
          tags: i % 2 === 0 ? ['email'] : ['internal'],
        }),
      ),
    ],
  },
};

describe('PromptLibraryPromptsCard', () => {
  it('shows a prompt with its template, variables, models and examples', async () => {
    const { container } = await renderEntityCard(
      <PromptLibraryPromptsCard />,
      examplePromptLibrary,
    );

    expect(screen.getByText('Prompts (1)')).toBeInTheDocument();
    expect(screen.getByText('First response draft')).toBeInTheDocument();
    expect(screen.getByText('first-response')).toBeInTheDocument();
    expect(screen.getByText(/v1\.2\.0/)).toBeInTheDocument();
    expect(screen.getByText('email')).toBeInTheDocument();
    expect(
      screen.getByText(
        'A polite first reply that restates the problem and asks for what is missing.',
      ),
    ).toBeInTheDocument();

    const template = container.querySelector('pre')!;
    expect(template.textContent).toBe(
      'You are a support agent for {{product}}. Draft a first reply to this ticket:\n{{ticket}}\n',
    );
    expect(
      Array.from(template.querySelectorAll('mark')).map(m => m.textContent),
    ).toEqual(['{{product}}', '{{ticket}}']);
    expect(
      screen.getByRole('button', {
        name: 'Copy the template of First response draft',
      }),
    ).toBeInTheDocument();

    const variables = screen.getByRole('table', {
      name: 'Variables of First response draft',
    });
    const rows = within(variables)
      .getAllByRole('row')
      .slice(1)
      .map(row =>
        within(row)
          .getAllByRole('cell')
          .map(c => c.textContent),
      );
    expect(rows).toEqual([
      ['product', 'Product name as the customer knows it', 'required'],
      ['ticket', 'The ticket text', 'required'],
    ]);

    expect(screen.getByRole('link', { name: 'gpt-4o-mini' })).toHaveAttribute(
      'href',
      '/catalog/default/resource/gpt-4o-mini',
    );
    expect(screen.getByText('Example 1')).toBeInTheDocument();
    expect(screen.getByText('Acme CRM')).toHaveTextContent('product: Acme CRM');
    expect(screen.getByText('I cannot export my contacts.')).toHaveTextContent(
      'ticket: I cannot export my contacts.',
    );
    expect(
      screen.getByText(
        'Thanks for reaching out about exporting contacts in Acme CRM...',
      ),
    ).toBeInTheDocument();
  });

  it('says which variables are optional and what they default to', async () => {
    const [prompt] = examplePromptLibrary.spec.prompts;
    await renderEntityCard(<PromptLibraryPromptsCard />, {
      ...examplePromptLibrary,
      spec: {
        ...examplePromptLibrary.spec,
        prompts: [
          {
            ...prompt,
            models: undefined,
            examples: undefined,
            variables: [
              { name: 'product', default: 'Acme CRM' },
              { name: 'ticket', required: false },
            ],
          },
        ],
      },
    });

    const variables = screen.getByRole('table');
    expect(
      within(variables).getByText('optional, defaults to "Acme CRM"'),
    ).toBeInTheDocument();
    expect(within(variables).getByText('optional')).toBeInTheDocument();
    expect(screen.getByText('Models:').parentElement).toHaveTextContent(
      'Models: Not declared',
    );
    expect(screen.queryByText('Example 1')).not.toBeInTheDocument();
  });

  it('stays readable with ten prompts: only the first is open', async () => {
    await renderEntityCard(<PromptLibraryPromptsCard />, tenPromptLibrary);

    expect(screen.getByText('Prompts (10)')).toBeInTheDocument();
    for (const title of TOPICS) {
      expect(screen.getByText(title)).toBeInTheDocument();
    }
    expect(screen.getAllByRole('table')).toHaveLength(1);
    expect(
      screen.getByRole('table', { name: 'Variables of First response draft' }),
    ).toBeInTheDocument();
  });

  it('opens another prompt on click', async () => {
    await renderEntityCard(<PromptLibraryPromptsCard />, tenPromptLibrary);

    await userEvent.click(screen.getByText('Bug report'));

    expect(
      await screen.findByRole('table', { name: 'Variables of Bug report' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Write a bug report for', { exact: false }),
    ).toBeInTheDocument();
  });

  it('narrows the prompts with the filter, and opens the first match', async () => {
    await renderEntityCard(<PromptLibraryPromptsCard />, tenPromptLibrary);
    const filter = screen.getByRole('searchbox', { name: 'Filter prompts' });

    await userEvent.type(filter, 'refund');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 1 of 10 prompts.',
    );
    expect(screen.getByText('Refund decision')).toBeInTheDocument();
    expect(screen.queryByText('First response draft')).not.toBeInTheDocument();
    expect(screen.queryByText('Ticket summary')).not.toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Variables of Refund decision' }),
    ).toBeInTheDocument();

    await userEvent.clear(filter);
    await userEvent.type(filter, 'email');
    // Six prompts tagged "email", and "Apology email" by its title.
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 7 of 10 prompts.',
    );
    expect(screen.getByText('Apology email')).toBeInTheDocument();
    expect(screen.queryByText('Ticket summary')).not.toBeInTheDocument();

    await userEvent.clear(filter);
    await userEvent.type(filter, 'polite');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 1 of 10 prompts.',
    );
    expect(screen.getByText('First response draft')).toBeInTheDocument();

    await userEvent.clear(filter);
    await userEvent.type(filter, 'nothing like this');
    expect(screen.getByRole('status')).toHaveTextContent(
      'No prompt matches "nothing like this".',
    );

    await userEvent.clear(filter);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByText('Closing message')).toBeInTheDocument();
  });

  it('explains itself on an entity of another kind', async () => {
    await renderEntityCard(<PromptLibraryPromptsCard />, exampleAIWorkflow);
    expect(
      screen.getByText(/This card shows PromptLibrary entities/),
    ).toBeInTheDocument();
  });
});
