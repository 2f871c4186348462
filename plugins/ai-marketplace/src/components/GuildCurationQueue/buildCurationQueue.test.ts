import { Entity } from '@backstage/catalog-model';
import { CurationSummary } from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  exampleAIWorkflow,
  examplePromptLibrary,
} from '../../__testUtils__/exampleEntities';
import { buildCurationQueue } from './buildCurationQueue';

const TODAY = '2026-11-21';

function library(name: string, reviewedAt?: string, cadence = 'P90D'): Entity {
  return {
    ...examplePromptLibrary,
    metadata: { name, namespace: 'default', title: name },
    spec: {
      ...examplePromptLibrary.spec,
      reviewedAt,
      reviewCadence: cadence,
      prompts: [
        ...examplePromptLibrary.spec.prompts,
        {
          ...examplePromptLibrary.spec.prompts[0],
          id: 'tone-rewrite',
          title: 'Tone rewrite',
        },
      ],
    },
  };
}

function workflow(name: string, lifecycle = 'production'): Entity {
  return {
    ...exampleAIWorkflow,
    metadata: { name, namespace: 'default', title: name },
    spec: { ...exampleAIWorkflow.spec, lifecycle },
  };
}

function curation(
  entityRef: string,
  state: Partial<CurationSummary['asset']> = {},
  prompts: CurationSummary['prompts'] = [],
): CurationSummary {
  return {
    entityRef,
    asset: { featured: false, deprecated: false, lastReview: null, ...state },
    prompts,
    history: [],
  };
}

const review = (day: string) => ({
  at: `${day}T10:00:00.000Z`,
  by: 'user:default/sam.chen',
  note: 'Reviewed against the checklist',
});

describe('buildCurationQueue', () => {
  it('flags a library whose last review is older than its cadence', () => {
    const queue = buildCurationQueue(
      [library('old-prompts', '2026-06-01')],
      new Map(),
      TODAY,
    );
    expect(queue).toEqual([
      expect.objectContaining({
        reason: 'overdue-review',
        entityRef: 'promptlibrary:default/old-prompts',
        detail: 'Review overdue since 2026-08-30 (last 2026-06-01)',
      }),
    ]);
  });

  it('counts a later reviewed decision as the last review', () => {
    const queue = buildCurationQueue(
      [library('reviewed-prompts', '2026-06-01')],
      new Map([
        [
          'promptlibrary:default/reviewed-prompts',
          curation('promptlibrary:default/reviewed-prompts', {
            lastReview: review('2026-11-01'),
          }),
        ],
      ]),
      TODAY,
    );
    expect(queue).toEqual([]);
  });

  it('flags featured entries that are deprecated, asset or prompt', () => {
    const queue = buildCurationQueue(
      [
        library('support-prompts', '2026-11-01'),
        workflow('old-triage', 'deprecated'),
      ],
      new Map([
        [
          'promptlibrary:default/support-prompts',
          curation('promptlibrary:default/support-prompts', {}, [
            {
              promptId: 'first-response',
              featured: true,
              deprecated: false,
              lastReview: null,
            },
            {
              promptId: 'tone-rewrite',
              featured: true,
              deprecated: true,
              lastReview: null,
            },
          ]),
        ],
        [
          'aiworkflow:default/old-triage',
          curation('aiworkflow:default/old-triage', {
            featured: true,
            lastReview: review('2026-10-01'),
          }),
        ],
      ]),
      TODAY,
    );
    expect(queue).toEqual([
      expect.objectContaining({
        reason: 'deprecated-featured',
        entityRef: 'aiworkflow:default/old-triage',
        detail: 'Featured, but deprecated',
      }),
      expect.objectContaining({
        reason: 'deprecated-featured',
        entityRef: 'promptlibrary:default/support-prompts',
        promptId: 'tone-rewrite',
        promptTitle: 'Tone rewrite',
      }),
    ]);
  });

  it('lists assets nobody reviewed last, after the longest overdue', () => {
    const queue = buildCurationQueue(
      [
        workflow('new-workflow'),
        library('later-prompts', '2026-07-15'),
        library('earlier-prompts', '2026-05-01'),
        library('never-prompts'),
      ],
      new Map(),
      TODAY,
    );
    expect(queue.map(item => [item.reason, item.title])).toEqual([
      ['overdue-review', 'earlier-prompts'],
      ['overdue-review', 'later-prompts'],
      ['never-reviewed', 'never-prompts'],
      ['never-reviewed', 'new-workflow'],
    ]);
  });
});
