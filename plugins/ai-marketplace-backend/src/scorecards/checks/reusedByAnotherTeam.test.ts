import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { reusedByAnotherTeam } from './reusedByAnotherTeam';

const uses = (entries: Array<[string, string]>) => ({
  records: { lastUseByTeam: new Map(entries) },
});

describe('reused-by-another-team', () => {
  it('passes when other teams used it within the cadence, for either kind', () => {
    expect(
      check(
        reusedByAnotherTeam,
        workflow(),
        uses([
          ['group:default/sales', '2026-11-20'],
          ['group:default/finance', '2026-09-01'],
          ['group:default/customer-support', '2026-11-21'],
        ]),
      ),
    ).toEqual({
      status: 'pass',
      reason: 'Used by 2 other teams in the last 90 days',
    });
    expect(
      check(
        reusedByAnotherTeam,
        library(),
        uses([['group:default/sales', '2026-11-01']]),
      ).status,
    ).toBe('pass');
  });

  it('fails when only the owner used it', () => {
    expect(
      check(
        reusedByAnotherTeam,
        workflow(),
        uses([['group:default/customer-support', '2026-11-21']]),
      ).reason,
    ).toBe('No other team has used it');
  });

  it('is stale when other teams stopped using it', () => {
    expect(
      check(
        reusedByAnotherTeam,
        workflow(),
        uses([['group:default/sales', '2026-08-01']]),
      ),
    ).toMatchObject({
      status: 'stale',
      reason: 'Last used by another team on 2026-08-01, more than 90 days ago',
    });
  });

  it('is not applicable to a deprecated asset', () => {
    expect(
      check(reusedByAnotherTeam, workflow({ lifecycle: 'deprecated' })).status,
    ).toBe('not-applicable');
  });
});
