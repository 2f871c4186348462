import { StoredCurationDecision } from '../database/CurationStore';
import { buildCurationSummary } from './curationSummary';

const LIBRARY = 'promptlibrary:default/support-prompts';

const stored = (
  overrides: Partial<StoredCurationDecision> & { id: string },
): StoredCurationDecision => ({
  entityRef: LIBRARY,
  decision: 'featured',
  decidedBy: 'user:default/sam.chen',
  decidedAt: new Date('2026-11-02T10:00:00Z'),
  ...overrides,
});

describe('buildCurationSummary', () => {
  it('reads the state from the latest decision of each aspect, per target', () => {
    const summary = buildCurationSummary({
      entityRef: LIBRARY,
      promptIds: ['first-response', 'refund-reply'],
      latest: [
        stored({ id: 'a', decision: 'unfeatured' }),
        stored({ id: 'b', decision: 'deprecated' }),
        stored({ id: 'c', promptId: 'refund-reply' }),
        stored({
          id: 'd',
          promptId: 'refund-reply',
          decision: 'reviewed',
          note: 'ok',
        }),
        // A prompt the library no longer has: history only, no state.
        stored({ id: 'e', promptId: 'removed-prompt' }),
      ],
      history: [stored({ id: 'a', decision: 'unfeatured' })],
    });
    expect(summary).toEqual({
      entityRef: LIBRARY,
      asset: { featured: false, deprecated: true, lastReview: null },
      prompts: [
        {
          promptId: 'first-response',
          featured: false,
          deprecated: false,
          lastReview: null,
        },
        {
          promptId: 'refund-reply',
          featured: true,
          deprecated: false,
          lastReview: {
            at: '2026-11-02T10:00:00.000Z',
            by: 'user:default/sam.chen',
            note: 'ok',
          },
        },
      ],
      history: [
        {
          id: 'a',
          entityRef: LIBRARY,
          decision: 'unfeatured',
          decidedBy: 'user:default/sam.chen',
          decidedAt: '2026-11-02T10:00:00.000Z',
        },
      ],
    });
  });
});
