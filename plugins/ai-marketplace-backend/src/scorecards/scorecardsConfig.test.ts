import { mockServices } from '@backstage/backend-test-utils';
import { readAiMarketplaceConfig } from '../config';

const read = (scorecards: object) =>
  readAiMarketplaceConfig(
    mockServices.rootConfig({ data: { aiMarketplace: { scorecards } } }),
  ).scorecards;

describe('aiMarketplace.scorecards', () => {
  it('has defaults for every key', () => {
    expect(read({})).toMatchObject({
      levels: [
        expect.objectContaining({ id: 'bronze' }),
        expect.objectContaining({ id: 'silver' }),
        expect.objectContaining({ id: 'gold' }),
      ],
      staleWeight: -0.5,
      cadenceDays: { evaluation: 30, review: 90, reuse: 90 },
      approvedModels: [],
      historyDays: 400,
      schedule: { frequency: { hours: 6 } },
    });
  });

  it('reads configured levels, weight, cadences and models', () => {
    expect(
      read({
        levels: [{ id: 'ready', checks: ['dri-named'] }],
        staleWeight: -1,
        cadences: { evaluation: 'P2W', review: 'P6M' },
        approvedModels: ['Gpt-4o', 'component:default/in-house'],
        historyDays: 30,
        schedule: { frequency: { hours: 1 }, timeout: { minutes: 5 } },
      }),
    ).toMatchObject({
      levels: [{ id: 'ready', checks: ['dri-named'] }],
      staleWeight: -1,
      cadenceDays: { evaluation: 14, review: 180, reuse: 90 },
      approvedModels: ['resource:default/gpt-4o', 'component:default/in-house'],
      historyDays: 30,
      schedule: { frequency: { hours: 1 } },
    });
  });

  it('refuses bad values, naming the key', () => {
    expect(() => read({ staleWeight: 0 })).toThrow(
      'aiMarketplace.scorecards.staleWeight must be in [-1, 0)',
    );
    expect(() => read({ cadences: { review: '90 days' } })).toThrow(
      'aiMarketplace.scorecards.cadences.review must be an ISO-8601 duration',
    );
    expect(() => read({ levels: [] })).toThrow(
      'aiMarketplace.scorecards.levels must name at least one level',
    );
    expect(() =>
      read({
        levels: [
          { id: 'gold', checks: ['a'] },
          { id: 'gold', checks: ['b'] },
        ],
      }),
    ).toThrow('aiMarketplace.scorecards.levels[1].id must be a unique');
    expect(() => read({ levels: [{ id: 'none', checks: ['a'] }] })).toThrow(
      'other than "none"',
    );
    expect(() => read({ levels: [{ id: 'x', checks: [] }] })).toThrow(
      'aiMarketplace.scorecards.levels[0].checks must name at least one check',
    );
    expect(() => read({ historyDays: 0 })).toThrow(
      'aiMarketplace.scorecards.historyDays must be a positive whole number',
    );
  });
});
