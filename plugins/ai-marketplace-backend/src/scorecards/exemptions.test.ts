import { StoredExemption } from '../database/ScorecardExemptionStore';
import {
  applyExemption,
  isExemptionActive,
  toScorecardExemption,
} from './exemptions';

const exemption: StoredExemption = {
  id: 'ex-1',
  entityRef: 'aiworkflow:default/legacy-bot',
  checkId: 'evaluation-gate',
  justification: 'Retired in December',
  expiresOn: '2026-12-31',
  createdBy: 'user:default/sam.chen',
  createdAt: new Date('2026-11-01T09:00:00Z'),
};

describe('exemptions', () => {
  it('apply up to and including their last day, then expire by themselves', () => {
    expect(isExemptionActive(exemption, '2026-11-21')).toBe(true);
    expect(isExemptionActive(exemption, '2026-12-31')).toBe(true);
    expect(isExemptionActive(exemption, '2027-01-01')).toBe(false);
    expect(toScorecardExemption(exemption, '2027-01-01').active).toBe(false);
  });

  it('stop applying once revoked', () => {
    const revoked = {
      ...exemption,
      revokedBy: 'user:default/ada.admin',
      revokedAt: new Date('2026-11-10T00:00:00Z'),
    };
    expect(isExemptionActive(revoked, '2026-11-21')).toBe(false);
    expect(toScorecardExemption(revoked, '2026-11-21')).toMatchObject({
      revokedBy: 'user:default/ada.admin',
      revokedAt: '2026-11-10T00:00:00.000Z',
      active: false,
    });
  });

  it('turn a fail or stale into exempt, keeping what the check found', () => {
    expect(
      applyExemption(
        { status: 'stale', reason: 'Evaluated 40 days ago', fix: 'Re-run' },
        exemption,
      ),
    ).toEqual({
      status: 'exempt',
      reason:
        'Exempt until 2026-12-31 (user:default/sam.chen: Retired in December); found: Evaluated 40 days ago',
      fix: 'Re-run',
    });
  });

  it('leave a pass, a not-applicable, or an asset without exemption alone', () => {
    const passed = { status: 'pass' as const, reason: 'ok' };
    expect(applyExemption(passed, exemption)).toBe(passed);
    const na = { status: 'not-applicable' as const, reason: 'n/a' };
    expect(applyExemption(na, exemption)).toBe(na);
    const failed = { status: 'fail' as const, reason: 'no', fix: 'do' };
    expect(applyExemption(failed, undefined)).toBe(failed);
  });
});
