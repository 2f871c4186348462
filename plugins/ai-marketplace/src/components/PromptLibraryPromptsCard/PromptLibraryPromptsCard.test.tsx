import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import { identityApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import type { Entity } from '@backstage/catalog-model';
import type {
  CurationState,
  CurationSummary,
  PromptTemplate,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { MarketplaceApi, marketplaceApiRef } from '../../api';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { resetPermissionCache } from '../../__testUtils__/resetPermissionCache';
import { PromptLibraryPromptsCard } from './PromptLibraryPromptsCard';
import {
  ACCEPTED_ID,
  group,
  user,
} from '../../__testUtils__/organisationEntities';

// MUI selects and dialogs are slow in jsdom, more so on a busy machine.
jest.setTimeout(20_000);

/** What the permission mock may answer. */
type Decision = AuthorizeResult.ALLOW | AuthorizeResult.DENY;

const LIBRARY_REF = 'promptlibrary:default/support-prompts';

const organisation = [
  group('customer-support', 'Customer Support'),
  group('support-leads', 'Support leads'),
  group('support-automation-guild', 'Support Automation guild', 'guild'),
  user('sam.chen', [
    'group:default/customer-support',
    'group:default/support-leads',
    'group:default/support-automation-guild',
  ]),
  user('newcomer', []),
];

const plain: CurationState = {
  featured: false,
  deprecated: false,
  lastReview: null,
};

function curation(
  asset: Partial<CurationState> = {},
  firstPrompt: Partial<CurationState> = {},
): CurationSummary {
  return {
    entityRef: LIBRARY_REF,
    asset: { ...plain, ...asset },
    prompts: [{ promptId: 'first-response', ...plain, ...firstPrompt }],
    history: [],
  };
}

function renderCard(
  entity: Entity,
  options: {
    api?: ReturnType<typeof marketplaceApiMock>;
    authorize?: (request: EvaluatePermissionRequest) => Decision;
    userRef?: string;
    /** Holds the catalog's answer about the user (their teams) until it settles. */
    teamsGate?: Promise<void>;
  } = {},
) {
  const api =
    options.api ?? marketplaceApiMock({ getCuration: async () => curation() });
  const catalogApi = catalogApiMock({ entities: organisation });
  const { teamsGate } = options;
  if (teamsGate) {
    const getEntityByRef = catalogApi.getEntityByRef.bind(catalogApi);
    catalogApi.getEntityByRef = async (...args) => {
      await teamsGate;
      return getEntityByRef(...args);
    };
  }
  return renderEntityCard(
    <TestApiProvider
      apis={[
        [marketplaceApiRef, api],
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: options.userRef ?? 'user:default/sam.chen',
          }),
        ],
        [catalogApiRef, catalogApi],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.authorize ?? (() => AuthorizeResult.DENY),
          }),
        ],
      ]}
    >
      <PromptLibraryPromptsCard />
    </TestApiProvider>,
    entity,
  );
}

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

/** Exactly one `copied` event, of first-response, for customer-support. */
function expectOneCopyOfFirstResponse(api: jest.Mocked<MarketplaceApi>) {
  expect(api.recordReuseEvent).toHaveBeenCalledTimes(1);
  expect(api.recordReuseEvent).toHaveBeenCalledWith({
    id: expect.stringMatching(ACCEPTED_ID),
    entityRef: LIBRARY_REF,
    promptId: 'first-response',
    type: 'copied',
    team: 'group:default/customer-support',
  });
}

describe('PromptLibraryPromptsCard', () => {
  beforeEach(resetPermissionCache);

  it('shows a prompt with its template, variables, models and examples', async () => {
    const { container } = await renderCard(examplePromptLibrary);

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
    await renderCard({
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
    await renderCard(tenPromptLibrary);

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
    await renderCard(tenPromptLibrary);

    await userEvent.click(screen.getByText('Bug report'));

    expect(
      await screen.findByRole('table', { name: 'Variables of Bug report' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Rendered prompt of Bug report' }),
    ).toHaveTextContent('Write a bug report for {{ticket}}.');
  });

  it('narrows the prompts with the filter, and opens the first match', async () => {
    await renderCard(tenPromptLibrary);
    const filter = screen.getByRole('searchbox', { name: 'Filter prompts' });
    // Pasted rather than typed: what matters is the query, not each keystroke.

    await userEvent.click(filter);
    await userEvent.paste('refund');
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
    await userEvent.click(filter);
    await userEvent.paste('email');
    // Six prompts tagged "email", and "Apology email" by its title.
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 7 of 10 prompts.',
    );
    expect(screen.getByText('Apology email')).toBeInTheDocument();
    expect(screen.queryByText('Ticket summary')).not.toBeInTheDocument();

    await userEvent.clear(filter);
    await userEvent.click(filter);
    await userEvent.paste('polite');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 1 of 10 prompts.',
    );
    expect(screen.getByText('First response draft')).toBeInTheDocument();

    await userEvent.clear(filter);
    await userEvent.click(filter);
    await userEvent.paste('nothing like this');
    expect(screen.getByRole('status')).toHaveTextContent(
      'No prompt matches "nothing like this".',
    );

    await userEvent.clear(filter);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByText('Closing message')).toBeInTheDocument();
  });

  it('explains itself on an entity of another kind', async () => {
    await renderCard(exampleAIWorkflow);
    expect(
      screen.getByText(/This card shows PromptLibrary entities/),
    ).toBeInTheDocument();
  });
});

describe('PromptLibraryPromptsCard: fill, copy and curate', () => {
  let writeText: jest.Mock;

  beforeEach(async () => {
    await resetPermissionCache();
    writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    });
  });

  afterEach(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: undefined,
      configurable: true,
    });
  });

  const renderedPrompt = () =>
    screen.getByRole('region', {
      name: 'Rendered prompt of First response draft',
    });

  async function fill(name: string, value: string) {
    await userEvent.click(screen.getByRole('textbox', { name }));
    await userEvent.paste(value);
  }

  it('renders the prompt with the variables filled in', async () => {
    await renderCard(examplePromptLibrary);

    expect(renderedPrompt()).toHaveTextContent(
      'You are a support agent for {{product}}. Draft a first reply to this ticket: {{ticket}}',
    );
    expect(
      screen.getByText('Still to fill: product, ticket'),
    ).toBeInTheDocument();

    await fill('product', 'Acme CRM');
    await fill('ticket', 'I cannot export my contacts.');

    expect(renderedPrompt().textContent).toBe(
      'You are a support agent for Acme CRM. Draft a first reply to this ticket:\nI cannot export my contacts.\n',
    );
    expect(screen.queryByText(/Still to fill/)).not.toBeInTheDocument();
  });

  it('copies the rendered prompt and records a copied event with the prompt id', async () => {
    const api = marketplaceApiMock({
      getCuration: async () => curation(),
      recordReuseEvent: async () => ({ recorded: 1, replayed: 0 }),
    });
    await renderCard(examplePromptLibrary, { api });
    await fill('product', 'Acme CRM');
    await fill('ticket', 'I cannot export my contacts.');

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Copy the rendered prompt of First response draft',
      }),
    );

    expect(writeText).toHaveBeenCalledWith(
      'You are a support agent for Acme CRM. Draft a first reply to this ticket:\nI cannot export my contacts.\n',
    );
    expectOneCopyOfFirstResponse(api);
    expect(
      await screen.findByText('Copied, and recorded for Customer Support.'),
    ).toBeInTheDocument();
  });

  it('records the copy for the team the user picks', async () => {
    const api = marketplaceApiMock({
      getCuration: async () => curation(),
      recordReuseEvent: async () => ({ recorded: 1, replayed: 0 }),
    });
    await renderCard(examplePromptLibrary, { api });

    await userEvent.click(
      await screen.findByRole('button', { name: /Record copies for/ }),
    );
    expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
      'Customer Support',
      'Support leads',
    ]);
    await userEvent.click(
      screen.getByRole('option', { name: 'Support leads' }),
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Copy the rendered prompt of First response draft',
      }),
    );

    expect(api.recordReuseEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        team: 'group:default/support-leads',
        promptId: 'first-response',
        type: 'copied',
      }),
    );
  });

  it('records a copy made while the teams load, once they are known', async () => {
    let teamsLoaded!: () => void;
    const teamsGate = new Promise<void>(resolve => {
      teamsLoaded = resolve;
    });
    const api = marketplaceApiMock({
      getCuration: async () => curation(),
      recordReuseEvent: async () => ({ recorded: 1, replayed: 0 }),
    });
    await renderCard(examplePromptLibrary, { api, teamsGate });
    expect(screen.queryByText(/Record copies for/)).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Copy the rendered prompt of First response draft',
      }),
    );
    // The clipboard needs the click's gesture: it is written at once.
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(api.recordReuseEvent).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Copied. Recording the copy…',
    );

    teamsLoaded();
    expect(
      await screen.findByText('Copied, and recorded for Customer Support.'),
    ).toBeInTheDocument();
    expectOneCopyOfFirstResponse(api);
    expect(
      screen.getByRole('button', { name: /Record copies for/ }),
    ).toBeInTheDocument();
  });

  it('says why a copy made while the teams load was not recorded when they fail', async () => {
    let teamsFailed!: (error: Error) => void;
    const teamsGate = new Promise<void>((_resolve, reject) => {
      teamsFailed = reject;
    });
    const api = marketplaceApiMock({ getCuration: async () => curation() });
    await renderCard(examplePromptLibrary, { api, teamsGate });

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Copy the rendered prompt of First response draft',
      }),
    );
    expect(writeText).toHaveBeenCalledTimes(1);

    teamsFailed(new Error('Catalog unavailable'));
    expect(
      await screen.findByText(
        'Copied. Not recorded: your teams could not be read (Catalog unavailable).',
      ),
    ).toBeInTheDocument();
    expect(api.recordReuseEvent).not.toHaveBeenCalled();
  });

  it('still copies for a user in no team, and says the copy was not recorded', async () => {
    const api = marketplaceApiMock({ getCuration: async () => curation() });
    await renderCard(examplePromptLibrary, {
      api,
      userRef: 'user:default/newcomer',
    });
    await waitFor(() =>
      expect(screen.queryByText(/Record copies for/)).not.toBeInTheDocument(),
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Copy the rendered prompt of First response draft',
      }),
    );

    expect(writeText).toHaveBeenCalledTimes(1);
    expect(api.recordReuseEvent).not.toHaveBeenCalled();
    expect(
      await screen.findByText(
        'Copied. Not recorded: the catalog lists you in no team.',
      ),
    ).toBeInTheDocument();
  });

  it('records nothing when the clipboard refuses', async () => {
    writeText.mockRejectedValue(new Error('Document is not focused'));
    const api = marketplaceApiMock({ getCuration: async () => curation() });
    await renderCard(examplePromptLibrary, { api });

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Copy the rendered prompt of First response draft',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not copy to the clipboard: Document is not focused',
    );
    expect(api.recordReuseEvent).not.toHaveBeenCalled();
  });

  it('marks featured and deprecated prompts and the library, with its last review', async () => {
    await renderCard(examplePromptLibrary, {
      api: marketplaceApiMock({
        getCuration: async () =>
          curation(
            {
              featured: true,
              lastReview: {
                at: '2026-11-01T10:00:00.000Z',
                by: 'user:default/sam.chen',
                note: 'Checked tone and escalation rules',
              },
            },
            { deprecated: true },
          ),
      }),
    });

    expect(await screen.findByText('Featured')).toBeInTheDocument();
    expect(screen.getByText('Deprecated')).toBeInTheDocument();
    expect(screen.getByText(/^Last curation review/)).toHaveTextContent(
      'Last curation review 2026-11-01 by sam.chen: “Checked tone and escalation rules”',
    );
  });

  it('shows no curation action to users the policy does not allow, asking about this library', async () => {
    const asked: EvaluatePermissionRequest[] = [];
    await renderCard(examplePromptLibrary, {
      authorize: request => {
        asked.push(request);
        return AuthorizeResult.DENY;
      },
    });

    await waitFor(() =>
      expect(asked).toContainEqual(
        expect.objectContaining({
          permission: expect.objectContaining({
            name: 'ai-marketplace.curation-decision.create',
          }),
          resourceRef: LIBRARY_REF,
        }),
      ),
    );
    expect(
      screen.queryByRole('button', { name: /^Feature/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Deprecate/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /reviewed$/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText('Curation')).not.toBeInTheDocument();
  });

  it('lets a guild lead feature a prompt, deprecate the library and mark it reviewed', async () => {
    const api = marketplaceApiMock({
      getCuration: async () => curation({}, { featured: true }),
      recordCurationDecision: async input => ({
        status: 'recorded',
        decision: {
          ...input,
          decidedBy: 'user:default/sam.chen',
          decidedAt: new Date().toISOString(),
        },
      }),
    });
    await renderCard(examplePromptLibrary, {
      api,
      authorize: () => AuthorizeResult.ALLOW,
    });

    // The prompt is featured already: the action offered is to unfeature it.
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Unfeature First response draft',
      }),
    );
    expect(api.recordCurationDecision).toHaveBeenLastCalledWith({
      id: expect.stringMatching(ACCEPTED_ID),
      entityRef: LIBRARY_REF,
      promptId: 'first-response',
      decision: 'unfeatured',
    });
    // The marks are read again after each decision.
    await waitFor(() => expect(api.getCuration).toHaveBeenCalledTimes(2));

    await userEvent.click(
      screen.getByRole('button', { name: 'Deprecate the library' }),
    );
    expect(api.recordCurationDecision).toHaveBeenLastCalledWith({
      id: expect.stringMatching(ACCEPTED_ID),
      entityRef: LIBRARY_REF,
      decision: 'deprecated',
    });

    await userEvent.click(
      screen.getByRole('button', { name: 'Mark the library reviewed' }),
    );
    const save = screen.getByRole('button', { name: 'Save review' });
    expect(save).toBeDisabled();
    await userEvent.click(
      screen.getByRole('textbox', { name: /Review note for the library/ }),
    );
    await userEvent.paste('All prompts checked against the new refund policy');
    await userEvent.click(save);
    expect(api.recordCurationDecision).toHaveBeenLastCalledWith({
      id: expect.stringMatching(ACCEPTED_ID),
      entityRef: LIBRARY_REF,
      decision: 'reviewed',
      note: 'All prompts checked against the new refund policy',
    });
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Save review' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('keeps the prompts usable when the curation cannot be read', async () => {
    await renderCard(examplePromptLibrary, {
      api: marketplaceApiMock({
        getCuration: async () => {
          throw new Error('Curation store unavailable');
        },
      }),
    });

    expect(
      (await screen.findAllByText(/Curation store unavailable/)).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText(/Featured and deprecated marks could not be loaded/),
    ).toBeInTheDocument();
    expect(screen.getByText('First response draft')).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Copy the rendered prompt of First response draft',
      }),
    ).toBeInTheDocument();
  });
});
