import { screen } from '@testing-library/react';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { renderEntityCard } from '../../__testUtils__/renderEntityCard';
import { AIWorkflowOutcomesCard } from './AIWorkflowOutcomesCard';

describe('AIWorkflowOutcomesCard', () => {
  it('lists each metric with its baseline and target', async () => {
    await renderEntityCard(<AIWorkflowOutcomesCard />, exampleAIWorkflow);

    expect(screen.getByText('first response time')).toBeInTheDocument();
    expect(screen.getByText('95 → 30 minutes')).toBeInTheDocument();
  });

  it('says what is missing from a metric', async () => {
    await renderEntityCard(<AIWorkflowOutcomesCard />, {
      ...exampleAIWorkflow,
      spec: {
        ...exampleAIWorkflow.spec,
        outcomeMetrics: [
          { name: 'deflection rate', unit: '%', target: 40 },
          { name: 'handle time', unit: 'minutes', baseline: 12 },
          { name: 'agent satisfaction' },
        ],
      },
    });

    expect(
      screen.getByText('target 40%, no baseline measured'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('baseline 12 minutes, no target set'),
    ).toBeInTheDocument();
    expect(screen.getByText('no baseline or target yet')).toBeInTheDocument();
  });

  it('explains how to declare outcomes when there are none', async () => {
    const { outcomeMetrics, ...spec } = exampleAIWorkflow.spec;
    await renderEntityCard(<AIWorkflowOutcomesCard />, {
      ...exampleAIWorkflow,
      spec,
    });

    expect(
      screen.getByText('No outcome metrics declared yet.'),
    ).toBeInTheDocument();
    expect(screen.getByText('spec.outcomeMetrics')).toBeInTheDocument();
  });

  it('explains itself on an entity of another kind', async () => {
    await renderEntityCard(<AIWorkflowOutcomesCard />, examplePromptLibrary);
    expect(
      screen.getByText(/This card shows AIWorkflow entities/),
    ).toBeInTheDocument();
  });
});
