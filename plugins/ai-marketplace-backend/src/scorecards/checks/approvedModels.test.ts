import {
  check,
  library,
  prompt,
  workflow,
} from '../__testUtils__/readinessFixtures';
import { approvedModels } from './approvedModels';

describe('approved-models', () => {
  it('passes when every model is approved in the catalog or by configuration', () => {
    expect(check(approvedModels, workflow())).toEqual({
      status: 'pass',
      reason: '1 approved model',
    });
    expect(
      check(
        approvedModels,
        workflow({ models: ['gpt-4o-mini', 'resource:default/claude-sonnet'] }),
        { approvedModels: ['resource:default/claude-sonnet'] },
      ).reason,
    ).toBe('2 approved models');
  });

  it("fails when a model is pending or carries no approval, also in a library's prompts", () => {
    expect(
      check(
        approvedModels,
        workflow({
          models: ['gpt-4o-mini', 'claude-sonnet', 'llama-3-70b-onprem'],
        }),
      ),
    ).toMatchObject({
      status: 'fail',
      reason:
        'Not approved: resource:default/claude-sonnet, resource:default/llama-3-70b-onprem',
    });
    expect(
      check(
        approvedModels,
        library({
          prompts: [prompt('a'), prompt('b', { models: ['claude-sonnet'] })],
        }),
      ).status,
    ).toBe('fail');
  });

  it('is stale when a model is no longer in the catalog', () => {
    expect(
      check(approvedModels, workflow({ models: ['resource:default/gpt-3'] })),
    ).toMatchObject({
      status: 'stale',
      reason: 'Not in the catalog (any more): resource:default/gpt-3',
    });
  });

  it('is not applicable when no model is declared', () => {
    expect(check(approvedModels, workflow({ models: [] })).status).toBe(
      'not-applicable',
    );
    expect(
      check(approvedModels, library({ prompts: [prompt('a', { models: [] })] }))
        .status,
    ).toBe('not-applicable');
  });
});
