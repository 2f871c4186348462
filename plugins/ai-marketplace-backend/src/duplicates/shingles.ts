import { hashString } from './hash';

/** Words per shingle: 3-word shingles keep word order without being brittle. */
export const DEFAULT_SHINGLE_SIZE = 3;

/** Any `{{ ... }}` placeholder, whatever its name or spacing. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;
/** What every placeholder becomes: two templates differing only in variable names match. */
const PLACEHOLDER_TOKEN = '{{}}';
/** A token is the placeholder token or a run of letters and digits. */
const TOKEN = /\{\{\}\}|[\p{L}\p{N}]+/gu;

/**
 * The words of a text as compared for near-duplicates: Unicode-normalised,
 * lowercased, every `{{variable}}` replaced by `{{}}`, punctuation and
 * whitespace dropped.
 */
export function tokenise(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLocaleLowerCase('en-US')
      .replace(PLACEHOLDER, ` ${PLACEHOLDER_TOKEN} `)
      .match(TOKEN) ?? []
  );
}

/** The normalised form of a text: its tokens joined by single spaces. */
export function normaliseText(text: string): string {
  return tokenise(text).join(' ');
}

/**
 * The set of word shingles of a text (every run of `shingleSize` consecutive
 * tokens), each hashed to an unsigned 32-bit integer, sorted ascending without
 * repeats. A text shorter than `shingleSize` words is one shingle; a text
 * without words has none.
 */
export function wordShingles(
  text: string,
  shingleSize: number = DEFAULT_SHINGLE_SIZE,
): Uint32Array {
  if (!Number.isInteger(shingleSize) || shingleSize < 1) {
    throw new RangeError(
      `shingleSize must be a positive integer, got ${shingleSize}`,
    );
  }
  const words = tokenise(text);
  if (words.length === 0) {
    return new Uint32Array(0);
  }
  const count = Math.max(1, words.length - shingleSize + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    hashes[i] = hashString(words.slice(i, i + shingleSize).join(' '));
  }
  return sortedUnique(hashes);
}

function sortedUnique(values: Uint32Array): Uint32Array {
  values.sort();
  let length = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[length - 1]) {
      values[length++] = values[i];
    }
  }
  return values.slice(0, length);
}
