import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { ReuseMatrixKpi } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { ProducerConsumerHeatmap } from './ProducerConsumerHeatmap';

const query = {
  from: '2026-10-23',
  to: '2026-11-21',
  guild: 'group:default/support-automation-guild',
};

const LABELS: Record<string, string> = {
  'group:default/sales': 'Sales',
  'group:default/customer-support': 'Customer Support',
  'group:default/finance': 'Finance',
  'group:default/operations': 'Operations',
};
const labelOf = (ref: string) => LABELS[ref] ?? ref;

const flow = (
  producer: string,
  consumer: string,
  events: number,
  assets = 1,
) => ({
  producerRef: `group:default/${producer}`,
  consumerRef: `group:default/${consumer}`,
  events,
  assets,
});

function matrix(cells: ReuseMatrixKpi['cells'], totalCells = cells.length) {
  return {
    ...query,
    cells,
    totals: {
      events: 200,
      crossTeamEvents: cells.reduce((sum, cell) => sum + cell.events, 0),
      cells: totalCells,
      producers: 2,
      consumers: 3,
    },
  } as ReuseMatrixKpi;
}

async function renderHeatmap(api: ReturnType<typeof marketplaceApiMock>) {
  await renderInTestApp(
    <TestApiProvider apis={[[marketplaceApiRef, api]]}>
      <ProducerConsumerHeatmap query={query} labelOf={labelOf} />
    </TestApiProvider>,
  );
}

describe('ProducerConsumerHeatmap', () => {
  it('renders one cell per producer × consumer pair, busiest teams first', async () => {
    const api = marketplaceApiMock({
      getKpi: (async () =>
        matrix([
          flow('sales', 'customer-support', 30, 3),
          flow('sales', 'finance', 5),
          flow('customer-support', 'operations', 12, 2),
          flow('customer-support', 'sales', 4),
        ])) as never,
    });
    await renderHeatmap(api);

    const table = await screen.findByRole('table', {
      name: 'Reuse events by producing and consuming team',
    });
    expect(api.getKpi).toHaveBeenCalledWith('reuse-matrix', {
      ...query,
      limit: 1000,
    });
    const producers = within(table)
      .getAllByRole('rowheader')
      .map(cell => cell.textContent);
    expect(producers).toEqual(['Sales', 'Customer Support']);
    const consumers = within(table)
      .getAllByRole('columnheader')
      .slice(1)
      .map(cell => cell.textContent);
    expect(consumers).toEqual([
      'Customer Support',
      'Operations',
      'Finance',
      'Sales',
    ]);
    // 2 producers × 4 consumers.
    expect(within(table).getAllByRole('cell')).toHaveLength(8);
    expect(
      within(table).getByRole('cell', {
        name: 'Customer Support used 3 assets of Sales: 30 events',
      }),
    ).toHaveTextContent('30');
    expect(
      within(table).getByRole('cell', {
        name: "Operations did not use Sales's assets",
      }),
    ).toHaveTextContent('');
    // A team's use of its own assets is not reuse.
    expect(
      within(table).getByRole('cell', {
        name: 'Customer Support: own assets, not counted',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /51 of 200 events in scope were one team using another's/,
      ),
    ).toBeInTheDocument();
  });

  it('says when only the busiest pairs are shown', async () => {
    const api = marketplaceApiMock({
      getKpi: (async () =>
        matrix([flow('sales', 'finance', 5)], 1500)) as never,
    });
    await renderHeatmap(api);
    expect(
      await screen.findByText(/Showing the 1 busiest of 1500 team pairs/),
    ).toBeInTheDocument();
  });

  it('shows an empty state when no team used another team’s assets', async () => {
    const api = marketplaceApiMock({
      getKpi: (async () => matrix([])) as never,
    });
    await renderHeatmap(api);
    expect(
      await screen.findByText('No cross-team reuse in this window'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'NotAllowedError', message: 'kpi.read denied' },
        response: { statusCode: 403 },
      }),
      { status: 403, headers: { 'Content-Type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response as never);
    const api = marketplaceApiMock({
      getKpi: (async () => {
        throw error;
      }) as never,
    });
    await renderHeatmap(api);
    expect(
      await screen.findByText(/Could not load the reuse matrix/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/kpi.read denied/).length).toBeGreaterThan(0);
  });
});
