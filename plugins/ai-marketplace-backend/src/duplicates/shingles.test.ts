import { hashString } from './hash';
import { normaliseText, tokenise, wordShingles } from './shingles';

describe('normaliseText', () => {
  it('lowercases, drops punctuation and collapses whitespace', () => {
    expect(normaliseText('  Draft a REPLY:\n\tbe brief, be kind!  ')).toBe(
      'draft a reply be brief be kind',
    );
  });

  it('turns every placeholder, whatever its name or spacing, into {{}}', () => {
    expect(normaliseText('Summarise {{ticket}} for {{ customer_name }}.')).toBe(
      'summarise {{}} for {{}}',
    );
    expect(normaliseText('Hi {{name}}')).toBe(normaliseText('hi {{ who }}'));
  });

  it('keeps letters and digits of any script and composes accents', () => {
    expect(normaliseText('Résumé für 2 Kunden')).toBe('résumé für 2 kunden');
    expect(normaliseText('Re\u0301sume\u0301')).toBe('résumé');
  });

  it('gives no tokens for text without words', () => {
    expect(tokenise(' \n --- !!! ')).toEqual([]);
  });
});

describe('wordShingles', () => {
  const hashesOf = (...shingles: string[]) =>
    Array.from(new Set(shingles.map(shingle => hashString(shingle)))).sort(
      (a, b) => a - b,
    );

  it('hashes every run of three words, sorted without repeats', () => {
    expect(Array.from(wordShingles('Draft a reply to the customer'))).toEqual(
      hashesOf(
        'draft a reply',
        'a reply to',
        'reply to the',
        'to the customer',
      ),
    );
  });

  it('keeps a repeated shingle once', () => {
    expect(wordShingles('be kind be kind be kind')).toHaveLength(2);
  });

  it('makes a text shorter than the shingle size one shingle', () => {
    expect(Array.from(wordShingles('Ticket triage'))).toEqual(
      hashesOf('ticket triage'),
    );
    expect(Array.from(wordShingles('One two three four', 5))).toEqual(
      hashesOf('one two three four'),
    );
  });

  it('gives no shingles for text without words', () => {
    expect(wordShingles('  ...  ')).toHaveLength(0);
  });

  it('ignores placeholder names and formatting', () => {
    expect(wordShingles('Reply to {{ticket}}, politely.')).toEqual(
      wordShingles('reply TO {{ message }} politely'),
    );
  });

  it('rejects a shingle size that is not a positive integer', () => {
    expect(() => wordShingles('a b c', 0)).toThrow(RangeError);
    expect(() => wordShingles('a b c', 1.5)).toThrow(RangeError);
  });
});
