import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { contributorsRecorded } from './contributorsRecorded';

describe('contributors-recorded', () => {
  it('passes when teams in the catalog are credited', () => {
    expect(check(contributorsRecorded, workflow())).toEqual({
      status: 'pass',
      reason: '1 contribution recorded',
    });
  });

  it('fails when nobody is credited', () => {
    expect(
      check(contributorsRecorded, workflow({ contributors: [] })).status,
    ).toBe('fail');
    expect(
      check(contributorsRecorded, workflow({ contributors: undefined })).status,
    ).toBe('fail');
  });

  it('is stale when a credited team is no longer in the catalog', () => {
    expect(
      check(
        contributorsRecorded,
        workflow({
          contributors: [
            { team: 'ai-platform', role: 'build' },
            { team: 'group:default/data-lab', role: 'data' },
          ],
        }),
      ),
    ).toMatchObject({
      status: 'stale',
      reason:
        'Credited teams not in the catalog (any more): group:default/data-lab',
    });
  });

  it('is not applicable to a prompt library', () => {
    expect(check(contributorsRecorded, library()).status).toBe(
      'not-applicable',
    );
  });
});
