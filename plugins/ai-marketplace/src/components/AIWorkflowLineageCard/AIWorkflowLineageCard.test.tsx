import { screen, within } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { CatalogApi, catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { Entity } from '@backstage/catalog-model';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { AIWorkflowLineageCard } from './AIWorkflowLineageCard';

const workflow = (name: string, owner: string, title: string): Entity => ({
  apiVersion: 'ai-marketplace.io/v1alpha1',
  kind: 'AIWorkflow',
  metadata: { name, namespace: 'default', title },
  spec: { owner },
});

const triage = {
  ...exampleAIWorkflow,
  relations: [
    {
      type: 'derivedFrom',
      targetRef: 'aiworkflow:default/sales-inbox-triage',
    },
    {
      type: 'derivationOf',
      targetRef: 'aiworkflow:default/ops-ticket-routing',
    },
    {
      type: 'derivationOf',
      targetRef: 'aiworkflow:default/support-email-triage',
    },
    {
      type: 'derivationOf',
      targetRef: 'aiworkflow:default/retired-triage',
    },
    { type: 'ownedBy', targetRef: 'group:default/customer-support' },
  ],
};

function renderCard(catalogApi: CatalogApi, entity: Entity = triage) {
  return renderEntityCard(
    <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
      <AIWorkflowLineageCard />
    </TestApiProvider>,
    entity,
  );
}

describe('AIWorkflowLineageCard', () => {
  it('lists what it was derived from and its derivations, with owners, marking other teams', async () => {
    await renderCard(
      catalogApiMock({
        entities: [
          workflow(
            'sales-inbox-triage',
            'group:default/sales',
            'Sales inbox triage',
          ),
          workflow('ops-ticket-routing', 'operations', 'Ops ticket routing'),
          // Same owner, written without kind: not another team.
          workflow(
            'support-email-triage',
            'customer-support',
            'Support email triage',
          ),
        ],
      }),
    );

    expect(
      await screen.findByText('Adapted by 1 other team.'),
    ).toBeInTheDocument();

    const parents = screen.getByRole('list', { name: 'Derived from' });
    expect(
      within(parents).getByRole('link', { name: /Sales inbox triage/ }),
    ).toHaveAttribute('href', '/catalog/default/aiworkflow/sales-inbox-triage');
    expect(within(parents).getByText('Owned by')).toBeInTheDocument();
    expect(
      within(parents).getByRole('link', { name: 'sales' }),
    ).toHaveAttribute('href', '/catalog/default/group/sales');
    expect(within(parents).getByText('another team')).toBeInTheDocument();

    expect(screen.getByText('Derivations (3)')).toBeInTheDocument();
    const children = within(
      screen.getByRole('list', { name: 'Derivations' }),
    ).getAllByRole('listitem');
    expect(children[0]).toHaveTextContent('Ops ticket routing');
    expect(children[0]).toHaveTextContent('another team');
    expect(children[0]).toHaveTextContent('Owned by operations');
    expect(children[1]).toHaveTextContent('Support email triage');
    expect(children[1]).not.toHaveTextContent('another team');
    expect(children[2]).toHaveTextContent('retired-triage');
    expect(children[2]).toHaveTextContent('No longer in the catalog');
  });

  it('says when it has no lineage, without asking the catalog', async () => {
    const catalogApi = catalogApiMock.mock();
    await renderCard(catalogApi, { ...exampleAIWorkflow, relations: [] });

    expect(await screen.findByText('No lineage yet')).toBeInTheDocument();
    expect(catalogApi.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('shows the catalog error', async () => {
    await renderCard(
      catalogApiMock.mock({
        getEntitiesByRefs: jest
          .fn()
          .mockRejectedValue(new Error('Catalog is down')),
      }),
    );
    expect(
      (await screen.findAllByText(/Catalog is down/)).length,
    ).toBeGreaterThan(0);
  });

  it('explains itself on an entity of another kind', async () => {
    await renderCard(catalogApiMock(), examplePromptLibrary);
    expect(
      screen.getByText(/This card shows AIWorkflow entities/),
    ).toBeInTheDocument();
  });
});
