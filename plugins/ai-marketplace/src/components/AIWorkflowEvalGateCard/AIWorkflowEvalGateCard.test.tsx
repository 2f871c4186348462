import { screen, within } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type { EvaluationResult } from '@ai-marketplace/plugin-ai-marketplace-common';
import { marketplaceApiRef } from '../../api';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { marketplaceApiMock } from '../../__testUtils__/marketplaceApiMock';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { lastDays } from '../../lib/utcDays';
import { AIWorkflowEvalGateCard } from './AIWorkflowEvalGateCard';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) =>
  new Date(Date.now() - days * DAY_MS).toISOString();

function result(
  id: string,
  ageDays: number,
  passRate: number,
  threshold: number | null = 0.92,
): EvaluationResult {
  return {
    id,
    entityRef: 'aiworkflow:default/support-ticket-triage',
    version: id,
    dataset: 'datasets/support_triage_200.jsonl',
    passRate,
    threshold,
    passed: threshold === null ? null : passRate >= threshold,
    evaluatedAt: daysAgo(ageDays),
    reportedBy: 'service:ci-evaluations',
    recordedAt: daysAgo(ageDays),
  };
}

function renderCard(
  api = marketplaceApiMock(),
  entity: Entity = exampleAIWorkflow,
) {
  return renderEntityCard(
    <TestApiProvider apis={[[marketplaceApiRef, api]]}>
      <AIWorkflowEvalGateCard />
    </TestApiProvider>,
    entity,
  );
}

describe('AIWorkflowEvalGateCard', () => {
  it('shows the latest result against the threshold, its age, and the history', async () => {
    const api = marketplaceApiMock({
      listEvaluationResults: async () => ({
        items: [
          result('1.4.0', 3, 0.935),
          result('1.3.0', 20, 0.9),
          result('1.2.0', 45, 0.94),
        ],
      }),
    });
    await renderCard(api);

    expect(await screen.findByText('Gate passed')).toBeInTheDocument();
    expect(screen.getByText(/^Latest result/)).toHaveTextContent(
      'Latest result 93.5% against a 92% threshold, version 1.4.0, evaluated 3 days ago on datasets/support_triage_200.jsonl.',
    );
    expect(
      screen.getByText('3 results in the last year, 2 of 3 passed the gate.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Pass rate of the last 3 evaluations against the threshold',
      }),
    ).toBeInTheDocument();
    const rows = within(
      screen.getByRole('table', { name: 'Recent evaluation results' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toHaveTextContent('1.3.090%92%failed');

    expect(api.listEvaluationResults).toHaveBeenCalledWith({
      entityRef: 'aiworkflow:default/support-ticket-triage',
      ...lastDays(365),
      limit: 100,
    });
  });

  it('says when the latest result fails and the threshold has since changed', async () => {
    await renderCard(
      marketplaceApiMock({
        listEvaluationResults: async () => ({
          items: [result('2.0.0', 0, 0.88, 0.9)],
        }),
      }),
    );

    expect(await screen.findByText(/^Latest result/)).toHaveTextContent(
      'Latest result 88% against a 90% threshold, version 2.0.0, evaluated today',
    );
    expect(screen.getByText('Gate failed')).toBeInTheDocument();
    expect(
      screen.getByText(
        'The threshold is now 92%; the next result is judged against it.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('warns when the latest result is older than the declared cadence', async () => {
    await renderCard(
      marketplaceApiMock({
        listEvaluationResults: async () => ({
          items: [result('1.4.0', 40, 0.95)],
        }),
      }),
      {
        ...exampleAIWorkflow,
        spec: {
          ...exampleAIWorkflow.spec,
          evaluation: { passRate: 0.92, cadence: 'P30D' },
        },
      },
    );

    expect(
      await screen.findByText(
        'Older than its cadence (every 30 days): re-run the evaluation.',
      ),
    ).toBeInTheDocument();
  });

  it('explains how to get a first result when there is none', async () => {
    await renderCard(
      marketplaceApiMock({
        listEvaluationResults: async () => ({ items: [] }),
      }),
    );

    expect(
      await screen.findByText('No evaluation results in the last year'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The gate needs a result of at least 92%/),
    ).toBeInTheDocument();
  });

  it('shows the backend error', async () => {
    await renderCard(
      marketplaceApiMock({
        listEvaluationResults: async () => {
          throw await ResponseError.fromResponse(
            new Response(
              JSON.stringify({
                error: { name: 'NotAllowedError', message: 'Denied by policy' },
                request: { method: 'GET', url: '/evaluation-results' },
                response: { statusCode: 403 },
              }),
              { status: 403, headers: { 'Content-Type': 'application/json' } },
            ),
          );
        },
      }),
    );

    expect(
      (await screen.findAllByText(/Denied by policy/)).length,
    ).toBeGreaterThan(0);
  });

  it('explains itself on an entity of another kind', async () => {
    await renderCard(marketplaceApiMock(), examplePromptLibrary);
    expect(
      screen.getByText(/This card shows AIWorkflow entities/),
    ).toBeInTheDocument();
  });
});
