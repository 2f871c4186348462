import { isSameSpecRef, parseSpecRef } from './refs';

describe('parseSpecRef', () => {
  it('fills in the default kind and namespace', () => {
    expect(parseSpecRef('sam.chen', 'user', 'default')).toEqual({
      kind: 'user',
      namespace: 'default',
      name: 'sam.chen',
    });
    expect(parseSpecRef('group:ops/ai-platform', 'user', 'default')).toEqual({
      kind: 'group',
      namespace: 'ops',
      name: 'ai-platform',
    });
  });

  it('returns undefined for a ref it cannot read', () => {
    expect(parseSpecRef('user:', 'user', 'default')).toBeUndefined();
  });
});

describe('isSameSpecRef', () => {
  it('compares refs after filling in the defaults', () => {
    expect(
      isSameSpecRef(
        'customer-support',
        'group:default/customer-support',
        'group',
        'default',
      ),
    ).toBe(true);
    expect(
      isSameSpecRef(
        'customer-support',
        'user:customer-support',
        'group',
        'default',
      ),
    ).toBe(false);
  });
});
