import { scoreOf } from './scoring';

describe('scoreOf', () => {
  it('averages pass 1 and fail 0 over the scored checks', () => {
    expect(scoreOf(['pass', 'pass', 'fail', 'pass'], -0.5)).toBe(0.75);
  });

  it('scores stale below a check that was never claimed', () => {
    const neverClaimed = scoreOf(['pass', 'fail'], -0.5);
    const stale = scoreOf(['pass', 'stale'], -0.5);
    expect(neverClaimed).toBe(0.5);
    expect(stale).toBe(0.25);
    expect(stale).toBeLessThan(neverClaimed);
    expect(scoreOf(['stale', 'stale'], -0.25)).toBe(-0.25);
  });

  it('leaves exempt and not-applicable checks out', () => {
    expect(scoreOf(['pass', 'fail', 'exempt', 'not-applicable'], -0.5)).toBe(
      0.5,
    );
    expect(scoreOf(['not-applicable', 'exempt'], -0.5)).toBe(1);
  });
});
