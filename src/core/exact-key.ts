import { fingerprint } from './fingerprint.js';
import type { Range } from './types.js';

/** Words and letters of a key, as `exactKeyHash` counts them (for the evidence rule). */
export interface KeyFacts {
  words: number;
  letters: number;
}

// What a code unit is to the key, when it is no word character (those map to their
// lower-cased code, 0 or more). A key is *plain* when it comes from characters whose part in
// it never depends on the rest of the text (no loose or invisible character, nothing for the
// fingerprint): a plain key equals `fingerprint(text).key`, as the tests check code unit by
// code unit.
const SEPARATOR = -1;
const APOSTROPHE = -2;
const AMPERSAND = -3;
/** Dropped without breaking a word (soft hyphen, zero-width marks, BOM); not plain. */
const INVISIBLE = -4;
/** Only the full fingerprint knows what it does to the key. */
const UNKNOWN = -5;
/**
 * A separator unless a word character follows: the fingerprint may join words over it (quotes
 * it turns into apostrophes in non-ASCII text, `‘ ‚ ‛ ′ \``; format characters U+2065–206F),
 * so before a word character the text takes the full fingerprint. Not plain.
 */
const LOOSE = -6;
/**
 * A symbol that only separates words (`£ © × € ►`, arrows, shapes). These used to send a text
 * to the fingerprint; they still do unless the key is plain, so no hash class changes.
 */
const SYMBOL = -7;

/** Marks the first character of each word, standing in for the space between words (bit 16: `mark >>> 16` counts words). */
const WORD_START = 0x10000;

/** Latin-1 symbols that NFKC leaves alone and the fingerprint treats as separators. */
const LATIN1_SYMBOLS = [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa9, 0xac, 0xae, 0xb0, 0xb1, 0xb6, 0xb7, 0xbf, 0xd7, 0xf7];

/**
 * Kinds of the Latin-1 code units: ASCII and Latin-1 letters and digits (which NFKC leaves
 * alone) map to their lower-cased code; NBSP and guillemets only separate words.
 */
const LATIN1 = Int32Array.from({ length: 0x100 }, (_, code) => {
  if (code >= 0x61 && code <= 0x7a) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0x30 && code <= 0x39) return code;
  if (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) return code <= 0xde ? code + 0x20 : code;
  if (code === 0x27) return APOSTROPHE;
  if (code === 0x26) return AMPERSAND;
  if (code === 0xad) return INVISIBLE;
  if (code === 0x60) return LOOSE;
  if (code < 0x80 || code === 0xa0 || code === 0xab || code === 0xbb) return SEPARATOR;
  return LATIN1_SYMBOLS.includes(code) ? SYMBOL : UNKNOWN;
});

/** The kind of a code unit above Latin-1: `’`, zero-width marks, general punctuation, symbols. */
function wideKind(code: number): number {
  if (code === 0x2019) return APOSTROPHE;
  // The characters the fingerprint drops (its INVISIBLE class).
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff) return INVISIBLE;
  if (code >= 0x2000 && code <= 0x206f) {
    // NFKC splits `‗` and `‾` into a space and an accent, which becomes a word of its own.
    if (code === 0x2017 || code === 0x203e) return UNKNOWN;
    const loose = code === 0x2018 || code === 0x201a || code === 0x201b || code === 0x2032 || code >= 0x2061;
    // Spaces, dashes, quotes and `…` only separate words.
    return loose ? LOOSE : SEPARATOR;
  }
  // Currency signs (not ₨, which NFKC spells Rs), arrows, box drawing, shapes, dingbats.
  if ((code >= 0x20a0 && code <= 0x20bf && code !== 0x20a8) || (code >= 0x2190 && code <= 0x21ff) || (code >= 0x2500 && code <= 0x2767) || (code >= 0x2b00 && code <= 0x2bff)) return SYMBOL;
  return UNKNOWN;
}

const kindOf = (code: number): number => (code < 0x100 ? LATIN1[code]! : wideKind(code));

/**
 * Whether the apostrophe at `at` belongs to a word (`don't`), as the tokenizer has it: it
 * follows a letter (`mark` is 0 inside a word) and a letter follows (past any character the
 * fingerprint drops).
 */
function joinsWord(text: string, at: number, end: number, mark: number): boolean {
  return mark === 0 && letterFollows(text, at, end);
}

/** Whether a word character follows `at`, past any character the fingerprint drops. */
function letterFollows(text: string, at: number, end: number): boolean {
  let next = at + 1;
  while (next < end && kindOf(text.charCodeAt(next)) === INVISIBLE) next++;
  return next < end && kindOf(text.charCodeAt(next)) >= 0;
}

const ENTITY_START = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

const isEntity = (text: string, at: number): boolean => ENTITY_START.test(text.slice(at, at + 12));

// Both seeds fit in int32 (`| 0`): a seed above 2^31 would make the loop variables doubles.
const SEED_HIGH = 0x811c9dc5 | 0;
const SEED_LOW = 0x01000193;

/** Two 32-bit multiply-xor lanes joined into one 53-bit number (a safe integer). */
const combine = (high: number, low: number): number => (high >>> 0) * 0x200000 + ((low >>> 0) & 0x1fffff);

/**
 * A 53-bit hash of a text's matching key (see `Fingerprint.key`) computed in one pass without
 * building strings, for the exact-only path. ASCII and Latin-1 letters and digits are hashed
 * as they come (lower-cased); a text with any other letter, an HTML entity, or a character
 * whose effect on the key depends on its neighbours takes the full fingerprint, so equal keys
 * always hash alike (and different keys collide with odds of about 2^-53).
 * @param start first UTF-16 offset of the range of `text` to hash
 * @param end UTF-16 offset after the range
 * @param facts receives the key's words and letters (a record reused across calls, so the
 *   loop over a document's blocks allocates nothing)
 * @returns the hash
 */
export function exactKeyHash(text: string, start: number, end: number, facts: KeyFacts): number {
  let high = SEED_HIGH;
  let low = SEED_LOW;
  let words = 0;
  let letters = 0;
  let joined = 0;
  let plain = true;
  let symbols = false;
  // WORD_START between words, 0 inside one: added to each letter instead of a branch.
  let mark = WORD_START;
  for (let i = start; i < end; i++) {
    let key = kindOf(text.charCodeAt(i));
    if (key >= 0) {
      key |= mark;
      words += mark >>> 16;
      mark = 0;
      letters++;
    } else if (key === SEPARATOR) {
      mark = WORD_START;
      continue;
    } else if (key === APOSTROPHE) {
      if (!joinsWord(text, i, end, mark)) {
        mark = WORD_START;
        continue;
      }
      key = 0x27;
      joined++;
    } else if (key === LOOSE || key === SYMBOL) {
      if (key === LOOSE) {
        if (letterFollows(text, i, end)) return fingerprintHash(text.slice(start, end), facts);
        plain = false;
      } else symbols = true;
      mark = WORD_START;
      continue;
    } else if (key === INVISIBLE) {
      plain = false;
      continue;
    } else if (key === AMPERSAND && !isEntity(text, i)) {
      mark = WORD_START;
      continue;
    } else return fingerprintHash(text.slice(start, end), facts);
    low = Math.imul(low ^ key, 0x5bd1e995) ^ (high >>> 15);
    high = Math.imul(high ^ key, 0x01000193);
  }
  if (symbols && !plain) return fingerprintHash(text.slice(start, end), facts);
  facts.words = words;
  // The fingerprint counts apostrophes inside words as letters and this loop does not; a
  // text with symbols always took the fingerprint's count, and still does.
  facts.letters = symbols ? letters + joined : letters;
  return combine(high, low);
}

/**
 * The key of a range as the codes `exactKeyHash` mixes (a letter, an apostrophe, or a letter
 * opening a word), or undefined when the key is not plain. Not the hot path: it only checks
 * the twins the hash found.
 */
function plainKeyCodes(text: string, start: number, end: number): number[] | undefined {
  const codes: number[] = [];
  let mark = WORD_START;
  for (let i = start; i < end; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind >= 0) {
      codes.push(kind | mark);
      mark = 0;
    } else if (kind === APOSTROPHE && joinsWord(text, i, end, mark)) codes.push(0x27);
    else if (kind === SEPARATOR || kind === APOSTROPHE || kind === SYMBOL || (kind === AMPERSAND && !isEntity(text, i))) mark = WORD_START;
    else return undefined;
  }
  return codes;
}

/**
 * Whether two ranges of a text have the same matching key, decided code by code from their
 * plain keys (no hash, so no collision); undefined when either key is not plain, and only the
 * fingerprint can tell.
 */
export function plainKeysEqual(text: string, a: Range, b: Range): boolean | undefined {
  const left = plainKeyCodes(text, a.start, a.end);
  const right = left && plainKeyCodes(text, b.start, b.end);
  if (left === undefined || right === undefined) return undefined;
  return left.length === right.length && left.every((code, i) => code === right[i]);
}

/** The hash of the full fingerprint's key, mixed as `exactKeyHash` mixes its characters. */
function fingerprintHash(text: string, facts: KeyFacts): number {
  const { key: normalized, words, letters } = fingerprint(text);
  let high = SEED_HIGH;
  let low = SEED_LOW;
  let wordStart = true;
  for (let i = 0; i < normalized.length; i++) {
    let key = normalized.charCodeAt(i);
    if (key === 0x20) {
      wordStart = true;
      continue;
    }
    if (wordStart) key |= WORD_START;
    wordStart = false;
    low = Math.imul(low ^ key, 0x5bd1e995) ^ (high >>> 15);
    high = Math.imul(high ^ key, 0x01000193);
  }
  facts.words = words.length;
  facts.letters = letters;
  return combine(high, low);
}
