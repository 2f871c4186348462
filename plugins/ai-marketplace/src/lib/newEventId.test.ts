import { newEventId } from './newEventId';

// The backend accepts ids of 1-64 characters of A-Z a-z 0-9 . _ : -
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,64}$/;

describe('newEventId', () => {
  it('makes a different, accepted id each time', () => {
    const a = newEventId();
    const b = newEventId();
    expect(a).toMatch(ACCEPTED_ID);
    expect(b).toMatch(ACCEPTED_ID);
    expect(a).not.toBe(b);
  });

  it('falls back to random bytes outside a secure context', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', {
      value: undefined,
      configurable: true,
    });
    try {
      expect(newEventId()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', {
        value: original,
        configurable: true,
      });
    }
  });
});
