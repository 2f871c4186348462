import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import { identityApiRef } from '@backstage/core-plugin-api';
import { CatalogApi, catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { Entity } from '@backstage/catalog-model';
import type { Experiment } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { lastDays } from '../../lib/utcDays';
import { AIWorkflowActionsCard } from './AIWorkflowActionsCard';
import {
  ACCEPTED_ID,
  group,
  user,
} from '../../__testUtils__/organisationEntities';

// MUI selects and dialogs are slow in jsdom, more so on a busy machine.
jest.setTimeout(20_000);

const ENTITY_REF = 'aiworkflow:default/support-ticket-triage';

const organisation = [
  group('customer-support', 'Customer Support'),
  group('support-leads', 'Support leads'),
  group('sales', 'Sales'),
  group('support-automation-guild', 'Support Automation guild', 'guild'),
  user('sam.chen', [
    'group:default/customer-support',
    'group:default/support-leads',
    'group:default/support-automation-guild',
  ]),
  user('daniel.kim', ['group:default/sales']),
  user('newcomer', []),
];

const experiment = (
  id: string,
  teamRef: string,
  selfServe: boolean | null,
): Experiment => ({
  id,
  entityRef: ENTITY_REF,
  teamRef,
  startedBy: 'user:default/sam.chen',
  startedAt: '2026-10-01T09:00:00.000Z',
  selfServe,
  status: 'running',
  finishedAt: null,
  finishedBy: null,
  outcome: null,
  learningsUrl: null,
  recordedAt: '2026-10-01T09:00:00.000Z',
});

function renderCard(options: {
  api?: ReturnType<typeof marketplaceApiMock>;
  userRef?: string;
  catalogApi?: CatalogApi;
  entity?: Entity;
}) {
  const api =
    options.api ??
    marketplaceApiMock({ listExperiments: async () => ({ items: [] }) });
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
        [
          catalogApiRef,
          options.catalogApi ?? catalogApiMock({ entities: organisation }),
        ],
      ]}
    >
      <AIWorkflowActionsCard />
    </TestApiProvider>,
    options.entity ?? exampleAIWorkflow,
  );
}

describe('AIWorkflowActionsCard', () => {
  it('records an adoption for the team the user picks among their teams', async () => {
    const api = marketplaceApiMock({
      listExperiments: async () => ({ items: [] }),
      recordReuseEvent: async () => ({ recorded: 1, replayed: 0 }),
    });
    await renderCard({ api });

    await userEvent.click(
      await screen.findByRole('button', { name: /Acting for/ }),
    );
    // Teams, not the guild, sorted by title.
    expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
      'Customer Support',
      'Support leads',
    ]);
    await userEvent.click(
      screen.getByRole('option', { name: 'Support leads' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Adopt for Support leads' }),
    );

    expect(api.recordReuseEvent).toHaveBeenCalledTimes(1);
    expect(api.recordReuseEvent).toHaveBeenCalledWith({
      id: expect.stringMatching(ACCEPTED_ID),
      entityRef: ENTITY_REF,
      type: 'adopted',
      team: 'group:default/support-leads',
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Recorded: Support leads adopted this workflow.',
    );
  });

  it('does not ask a member of one team which team', async () => {
    const api = marketplaceApiMock({
      listExperiments: async () => ({ items: [] }),
      recordReuseEvent: async () => ({ recorded: 1, replayed: 0 }),
    });
    await renderCard({ api, userRef: 'user:default/daniel.kim' });

    expect(await screen.findByText('Acting for:')).toHaveTextContent(
      'Acting for: Sales',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Adopt for Sales' }),
    );
    expect(api.recordReuseEvent).toHaveBeenCalledWith(
      expect.objectContaining({ team: 'group:default/sales', type: 'adopted' }),
    );
  });

  it('says why nothing can be recorded for a user in no team', async () => {
    await renderCard({ userRef: 'user:default/newcomer' });
    expect(
      await screen.findByText(/The catalog lists you in no team/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Adopt/ }),
    ).not.toBeInTheDocument();
  });

  it('shows why an adoption was refused', async () => {
    await renderCard({
      api: marketplaceApiMock({
        listExperiments: async () => ({ items: [] }),
        recordReuseEvent: async () => {
          throw new Error(
            'team: you are not a member of group:default/customer-support',
          );
        },
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Adopt for Customer Support' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The adoption was not recorded: team: you are not a member of group:default/customer-support',
    );
  });

  it('starts an experiment for the team, self-serve as chosen', async () => {
    const api = marketplaceApiMock({
      listExperiments: async () => ({ items: [] }),
      startExperiment: async input => ({
        ...experiment(input.id, input.team, true),
        recorded: true,
      }),
    });
    await renderCard({ api });

    await userEvent.click(
      await screen.findByRole('button', { name: /Self-serve\?/ }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'Yes: without the central AI team' }),
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Start an experiment for Customer Support',
      }),
    );

    expect(api.startExperiment).toHaveBeenCalledWith({
      id: expect.stringMatching(ACCEPTED_ID),
      entityRef: ENTITY_REF,
      team: 'group:default/customer-support',
      selfServe: true,
    });
    // The running list is read again, to show the new experiment.
    await waitFor(() => expect(api.listExperiments).toHaveBeenCalledTimes(2));
    expect(api.listExperiments).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      status: 'running',
      ...lastDays(366),
    });
  });

  it("finishes a running experiment of the user's teams with outcome, self-serve and learnings", async () => {
    const api = marketplaceApiMock({
      listExperiments: async () => ({
        items: [
          experiment('exp-support', 'group:default/customer-support', null),
          experiment('exp-sales', 'group:default/sales', true),
        ],
      }),
      finishExperiment: async (id, input) =>
        ({
          ...experiment(id, 'group:default/customer-support', false),
          ...input,
          status: 'finished',
          recorded: true,
        } as never),
    });
    await renderCard({ api });

    const list = await screen.findByRole('list', {
      name: 'Running experiments of your teams',
    });
    // Only the user's own team's experiment can be finished here.
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(
      'Customer Support, started 2026-10-01 by sam.chen',
    );
    const finish = within(items[0]).getByRole('button', { name: 'Finish' });
    expect(finish).toBeDisabled();

    await userEvent.click(
      within(items[0]).getByRole('button', { name: /Outcome/ }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'Adopted: we keep using it' }),
    );
    await userEvent.click(
      within(items[0]).getByRole('button', { name: /Self-serve\?/ }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'No: with the central AI team' }),
    );
    const learnings = within(items[0]).getByLabelText('Learnings (link)');
    await userEvent.click(learnings);
    await userEvent.paste('wiki page');
    expect(screen.getByText('An http(s) link')).toBeInTheDocument();
    expect(finish).toBeDisabled();
    await userEvent.clear(learnings);
    await userEvent.paste('https://wiki.example.com/support/triage-pilot');
    await userEvent.click(finish);

    expect(api.finishExperiment).toHaveBeenCalledWith('exp-support', {
      outcome: 'adopted',
      selfServe: false,
      learningsUrl: 'https://wiki.example.com/support/triage-pilot',
    });
  });

  it('shows the errors of the catalog and of the experiment list', async () => {
    const failing = await renderCard({
      catalogApi: catalogApiMock.mock({
        getEntityByRef: jest
          .fn()
          .mockRejectedValue(new Error('Catalog is down')),
      }),
    });
    expect(
      (await screen.findAllByText(/Catalog is down/)).length,
    ).toBeGreaterThan(0);
    failing.unmount();

    await renderCard({
      api: marketplaceApiMock({
        listExperiments: async () => {
          throw new Error('Experiments unavailable');
        },
      }),
    });
    expect(
      (await screen.findAllByText(/Experiments unavailable/)).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByRole('button', { name: 'Adopt for Customer Support' }),
    ).toBeEnabled();
  });

  it('explains itself on an entity of another kind', async () => {
    await renderCard({ entity: examplePromptLibrary });
    expect(
      screen.getByText(/This card shows AIWorkflow entities/),
    ).toBeInTheDocument();
  });
});
