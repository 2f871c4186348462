import { check, library, workflow } from '../__testUtils__/readinessFixtures';
import { escalationPathDeclared } from './escalationPathDeclared';

describe('escalation-path-declared', () => {
  it('passes when an escalation path is declared', () => {
    expect(check(escalationPathDeclared, workflow())).toEqual({
      status: 'pass',
      reason: 'Escalation: #support-ai-oncall',
    });
  });

  it('fails when it is missing or blank', () => {
    expect(
      check(escalationPathDeclared, workflow({ escalation: undefined })).status,
    ).toBe('fail');
    expect(
      check(escalationPathDeclared, workflow({ escalation: '  ' })).status,
    ).toBe('fail');
  });

  it('cannot be stale: any declared path passes', () => {
    expect(
      check(escalationPathDeclared, workflow({ escalation: 'PagerDuty: x' }))
        .status,
    ).toBe('pass');
  });

  it('is not applicable to a prompt library', () => {
    expect(check(escalationPathDeclared, library()).status).toBe(
      'not-applicable',
    );
  });
});
