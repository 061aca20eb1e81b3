import { fingerprint } from './fingerprint.js';
import { utf8CodeAt, utf8Width } from './utf8-chars.js';
import { entityStartsAt } from './html-entities.js';

/** Words and letters of a key, as `exactKeyHash` counts them (for the evidence rule). */
export interface KeyFacts {
  words: number;
  letters: number;
  /**
   * How many more bytes than UTF-16 code units the range takes (0 for ASCII), set by
   * `byteKeyHash` only: it maps byte offsets to the decoded text's.
   */
  excess?: number;
}

/** What `byteKeyHash` returns when only the decoded text can tell the key. */
export const DECODE_FIRST = -1;

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
 * A separator unless a word character follows: the fingerprint may join words over it (the
 * backtick, an apostrophe only in text that is not all ASCII; format characters
 * U+2065–206F), so before a word character the text takes the full fingerprint. Not plain.
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

/**
 * Kinds of Latin Extended-A (U+0100–U+017F, `ā ł œ ş`): a letter that NFKC leaves alone maps to
 * its lower-cased code when that is one code unit NFKC also leaves alone; the others
 * (`İ Ĳ ĳ Ŀ ŀ ŉ ſ`) only the fingerprint knows.
 */
const LATIN_EXTENDED_A = Int32Array.from({ length: 0x80 }, (_, offset) => {
  const char = String.fromCharCode(0x100 + offset);
  const lower = char.toLowerCase();
  return char.normalize('NFKC') === char && lower.length === 1 && lower.normalize('NFKC') === lower ? lower.charCodeAt(0) : UNKNOWN;
});

/** The kind of a code unit above Latin-1: letters, `’`, zero-width marks, general punctuation, symbols. */
function wideKind(code: number): number {
  if (code < 0x180) return LATIN_EXTENDED_A[code - 0x100]!;
  // The fingerprint makes every one of these an apostrophe (the text is never ASCII-only).
  if (code === 0x2019 || code === 0x2018 || code === 0x201a || code === 0x201b || code === 0x2032) return APOSTROPHE;
  // The characters the fingerprint drops (its INVISIBLE class).
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff) return INVISIBLE;
  if (code >= 0x2000 && code <= 0x206f) {
    // NFKC splits `‗` and `‾` into a space and an accent, which becomes a word of its own.
    if (code === 0x2017 || code === 0x203e) return UNKNOWN;
    // Spaces, dashes, double quotes and `…` only separate words.
    return code >= 0x2061 ? LOOSE : SEPARATOR;
  }
  // Currency signs (not ₨, which NFKC spells Rs), arrows, box drawing, shapes, dingbats.
  if ((code >= 0x20a0 && code <= 0x20bf && code !== 0x20a8) || (code >= 0x2190 && code <= 0x21ff) || (code >= 0x2500 && code <= 0x2767) || (code >= 0x2b00 && code <= 0x2bff)) return SYMBOL;
  return UNKNOWN;
}

const kindOf = (code: number): number => (code < 0x100 ? LATIN1[code]! : wideKind(code));

/**
 * The kind of the character starting at `at`: a UTF-16 code unit, or in a byte string
 * (`utf8`) the character its UTF-8 bytes encode. A character beyond the BMP is UNKNOWN, as
 * its surrogates are.
 */
function kindAt(text: string, at: number, utf8: boolean): number {
  const code = text.charCodeAt(at);
  if (code < 0x80 || !utf8) return kindOf(code);
  return code >= 0xf0 ? UNKNOWN : kindOf(utf8CodeAt(text, at));
}

/**
 * Whether the apostrophe ending before `next` belongs to a word (`don't`), as the tokenizer
 * has it: it follows a letter (`mark` is 0 inside a word) and a letter follows (past any
 * character the fingerprint drops).
 */
function joinsWord(text: string, next: number, end: number, mark: number, utf8: boolean): boolean {
  return mark === 0 && letterFollows(text, next, end, utf8);
}

/** Whether a word character starts at `next`, past any character the fingerprint drops. */
function letterFollows(text: string, next: number, end: number, utf8: boolean): boolean {
  let at = next;
  while (at < end && kindAt(text, at, utf8) === INVISIBLE) at += utf8 ? utf8Width(text.charCodeAt(at)) : 1;
  return at < end && kindAt(text, at, utf8) >= 0;
}

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
  return hashKey(text, start, end, facts, false);
}

/**
 * `exactKeyHash` of the text a byte string of UTF-8 encodes (see `utf8-chars.ts`), read
 * without decoding it: the same hash, words and letters, and `facts.excess`.
 * @param start first byte of the range
 * @param end byte after the range
 * @returns the hash, or DECODE_FIRST where the text would take the full fingerprint (then
 *   `facts` is not filled in: decode the range and call `exactKeyHash`)
 */
export function byteKeyHash(chars: string, start: number, end: number, facts: KeyFacts): number {
  return hashKey(chars, start, end, facts, true);
}

/** A key `rareKey` gives instead of a code to mix: leave the word as it is (an invisible mark). */
const SKIP = -9;
/** A key `rareKey` gives instead of a code to mix: only the full fingerprint knows the key. */
const FULL_KEY = -10;
/** The kind `hashPlain` gives every code unit above ASCII, for `rareKey` to sort out. */
const WIDE = -11;

/**
 * A key hash under way, between runs of plain characters. One record is reused by every hash
 * (the loop allocates nothing); `hashKey` resets it before it starts.
 */
const scan = {
  high: 0,
  low: 0,
  /** WORD_START between words, 0 inside one: added to each letter instead of a branch. */
  mark: 0,
  words: 0,
  /** Letters and digits mixed, apostrophes inside words included (as the fingerprint counts them). */
  letters: 0,
  plain: true,
  symbols: false,
  /** Bytes over UTF-16 units so far (byte strings only). */
  excess: 0,
  /** Where the last character `rareKey` read ends: its last code unit (or byte). */
  last: 0,
};

/**
 * The inner loop of `hashKey`: mixes `first` (a code from `rareKey`, or SKIP), then every
 * ASCII letter, digit and separator from `at`. It calls nothing, which keeps it fast.
 * @returns the offset of the first other character, or `end`
 */
function hashPlain(text: string, at: number, end: number, first: number): number {
  let { high, low, mark, words, letters } = scan;
  let key = first;
  let i = at;
  for (;;) {
    if (key >= 0) {
      key |= mark;
      words += mark >>> 16;
      mark = 0;
      letters++;
      low = Math.imul(low ^ key, 0x5bd1e995) ^ (high >>> 15);
      high = Math.imul(high ^ key, 0x01000193);
    } else if (key === SEPARATOR) mark = WORD_START;
    else if (key !== SKIP) {
      // The character just read is for `rareKey`.
      i--;
      break;
    }
    if (i >= end) break;
    const code = text.charCodeAt(i++);
    key = code < 0x80 ? LATIN1[code]! : WIDE;
  }
  // Plain stores: `Object.assign` would cost more than a short run.
  scan.high = high;
  scan.low = low;
  scan.mark = mark;
  scan.words = words;
  scan.letters = letters;
  return i;
}

/**
 * The key of the character at `at` when it is no ASCII letter, digit or separator: a code to
 * mix (a wider letter, or an apostrophe inside a word), SEPARATOR, SKIP, or FULL_KEY. It sets
 * `scan.last` to the character's last unit, and the flags of `scan`.
 * @param utf8 whether `text` is a byte string
 */
function rareKey(text: string, at: number, end: number, utf8: boolean): number {
  const code = text.charCodeAt(at);
  let last = at;
  let kind: number;
  if (code < 0x80 || !utf8) kind = kindOf(code);
  else {
    kind = kindAt(text, at, true);
    // The character's other bytes are skipped: the loop goes on after its last byte, as it
    // would after the character's one code unit.
    const more = utf8Width(code) - 1;
    last += more;
    scan.excess += more;
  }
  scan.last = last;
  if (kind >= 0 || kind === SEPARATOR) return kind;
  switch (kind) {
    case APOSTROPHE:
      if (!joinsWord(text, last + 1, end, scan.mark, utf8)) return SEPARATOR;
      return 0x27;
    case LOOSE:
      if (letterFollows(text, last + 1, end, utf8)) return FULL_KEY;
      scan.plain = false;
      return SEPARATOR;
    case SYMBOL:
      scan.symbols = true;
      return SEPARATOR;
    case INVISIBLE:
      scan.plain = false;
      return SKIP;
    case AMPERSAND:
      return entityStartsAt(text, at) ? FULL_KEY : SEPARATOR;
    default:
      return FULL_KEY;
  }
}

/**
 * The one loop behind both hashes: runs of plain characters (ASCII letters, digits and
 * separators, alike in a string and a byte string) in `hashPlain`, each other character in
 * `rareKey`.
 */
function hashKey(text: string, start: number, end: number, facts: KeyFacts, utf8: boolean): number {
  scan.high = SEED_HIGH;
  scan.low = SEED_LOW;
  scan.mark = WORD_START;
  scan.words = scan.letters = scan.excess = 0;
  scan.plain = true;
  scan.symbols = false;
  let key = SKIP;
  for (let at = start; ; at = scan.last + 1) {
    at = hashPlain(text, at, end, key);
    if (at >= end) break;
    key = rareKey(text, at, end, utf8);
    if (key === FULL_KEY) return fullKeyHash(text, start, end, facts, utf8);
  }
  if (scan.symbols && !scan.plain) return fullKeyHash(text, start, end, facts, utf8);
  facts.words = scan.words;
  if (utf8) facts.excess = scan.excess;
  // Counted as the fingerprint counts (an apostrophe inside a word is part of it), so a block is
  // evidence here exactly when it is for the full engine.
  facts.letters = scan.letters;
  return combine(scan.high, scan.low);
}

/** What `PlainKey.next` gives past the last code. */
const KEY_END = -1;
/** What `PlainKey.next` gives at a character that makes the key not plain. */
const NOT_PLAIN = -2;

/**
 * A text's key as the codes `exactKeyHash` mixes (a letter, an apostrophe, or a letter opening
 * a word), read one at a time so that comparing two keys builds nothing. Not the hot path: it
 * only checks the twins the hash found.
 */
class PlainKey {
  private at = 0;
  private mark = WORD_START;

  constructor(private readonly text: string) {}

  /** The next code, KEY_END (then again on every call), or NOT_PLAIN. */
  next(): number {
    const text = this.text;
    while (this.at < text.length) {
      const i = this.at++;
      const kind = kindOf(text.charCodeAt(i));
      if (kind >= 0) {
        const code = kind | this.mark;
        this.mark = 0;
        return code;
      }
      if (kind === APOSTROPHE && joinsWord(text, i + 1, text.length, this.mark, false)) return 0x27;
      if (kind === SEPARATOR || kind === APOSTROPHE || kind === SYMBOL || (kind === AMPERSAND && !entityStartsAt(text, i))) this.mark = WORD_START;
      else return NOT_PLAIN;
    }
    return KEY_END;
  }
}

/**
 * Whether two texts have the same matching key, decided code by code from their plain keys
 * (no hash, so no collision); undefined when either key is not plain, and only the fingerprint
 * can tell.
 */
export function plainKeysEqual(left: string, right: string): boolean | undefined {
  const leftKey = new PlainKey(left);
  const rightKey = new PlainKey(right);
  let equal = true;
  for (;;) {
    const a = leftKey.next();
    const b = rightKey.next();
    if (a === NOT_PLAIN || b === NOT_PLAIN) return undefined;
    if (a === KEY_END && b === KEY_END) return equal;
    // Both are read to the end even when they differ: a later character (a combining accent)
    // may make a key not plain, and then only the fingerprint can tell.
    if (a !== b) equal = false;
  }
}

/**
 * Whether two texts whose keys hash alike really have the same key (hashes can collide).
 * Most twins that differ in form have plain keys: comparing those skips two fingerprints.
 */
export function sameExactKey(left: string, right: string): boolean {
  if (left === right) return true;
  return plainKeysEqual(left, right) ?? fingerprint(left).key === fingerprint(right).key;
}

/** The full fingerprint's hash of a range; in a byte string, DECODE_FIRST (it needs the text). */
function fullKeyHash(text: string, start: number, end: number, facts: KeyFacts, utf8: boolean): number {
  return utf8 ? DECODE_FIRST : fingerprintHash(text.slice(start, end), facts);
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
