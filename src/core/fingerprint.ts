import type { Int32Arena } from './int32-arena.js';
import { decodeEntities, entityStartsAt, hasEntity } from './html-entities.js';

/** The matching form of a segment. The original text is never rebuilt from it. */
export interface Fingerprint {
  /**
   * Normalised text: entities decoded, NFKC, case-folded, quotes, dashes and ellipses unified,
   * invisible characters removed, whitespace collapsed, punctuation trimmed at both ends.
   */
  readonly norm: string;
  /** Word tokens of `norm`: runs of letters and digits; each Han or kana character is a word. */
  readonly words: readonly string[];
  /** How many `words` there are (known without making them). */
  readonly wordCount: number;
  /** `words` joined by one space: equal keys mean the same text up to formatting. */
  readonly key: string;
  /** Letters and digits in the text (its weight as evidence). */
  readonly letters: number;
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u300c\u300d]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const WHITESPACE = /\s+/g;
// Spaces, punctuation and symbols are trimmed at both ends (truncation marks `…`, `...`,
// `[…]` included). Surrogate halves of symbols (emoji) count as marks too.
const EDGE_MARK = /[\s\p{P}\p{S}\p{Cs}]/u;
// Han, kana and similar scripts are written without spaces: each character is a word.
// An apostrophe inside a word keeps it whole (`don't`, `l'homme`).
const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** Normalises a text for comparison (see `Fingerprint.norm`). */
export function normalize(text: string): string {
  return normalizeKeepingCase(text).toLowerCase();
}

/** `normalize` without case folding: for guards that look at capitals. */
export function normalizeKeepingCase(text: string): string {
  let value = decodeEntities(text);
  // NFKC is the costliest step; skip it for text it cannot change (ASCII, and the typographic
  // marks the replacements below map the way NFKC would).
  if (NEEDS_NFKC.test(value)) value = value.normalize('NFKC');
  if (!ASCII_ONLY.test(value)) {
    value = value
      .replace(INVISIBLE, '')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .replace(/\u2026/g, '...');
  }
  // Most texts space their words with single spaces already: no copy for them.
  return trimEdges(UNEVEN_SPACE.test(value) ? value.replace(WHITESPACE, ' ') : value);
}

/** White space that collapsing changes: a run of two or more, or any but the plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** Trims spaces, punctuation and symbols at both ends (a scan, not a regex anchored at `$`). */
function trimEdges(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isEdgeMark(value, start)) start++;
  while (end > start && isEdgeMark(value, end - 1)) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

function isEdgeMark(value: string, at: number): boolean {
  const code = value.charCodeAt(at);
  if (code < 0x80) return !isWordCode(code);
  return EDGE_MARK.test(value[at]!);
}

// No `u` flag: the class has no astral characters, and without it the scan is much faster.
// Latin-1 letters and signs (see `PLAIN`) are NFKC forms, and none composes with another.
const NEEDS_NFKC = /[^\x00-\x7f\u00a0-\u00a7\u00a9\u00ab\u00ac\u00ae\u00b0\u00b1\u00b6\u00b7\u00bb\u00bf-\u00ff\u2010-\u2015\u2018-\u201f\u2026]/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Splits a normalised text into word tokens. */
export function tokenize(norm: string): string[] {
  if (!ASCII_ONLY.test(norm)) return norm.match(WORD) ?? [];
  const words: string[] = [];
  scanWords(norm, false, { words, hashes: undefined, starts: undefined });
  return words;
}

// ASCII, Latin-1 letters (`é ß Ñ`: NFKC forms, lower-cased one for one), Latin-1 signs that
// only separate words (`£ © ° « × ¿`) and the typographic marks normalisation only unifies
// (quotes, dashes, `…`, no-break space), with no entity (an `&` that starts none stays as it
// is): no entity or NFKC can change its words, and trimming or collapsing spaces never joins
// or splits one, so a scan finds the words of the normalised text. (Not `ª º µ ² ¼ ¨ ¯ ¸`,
// which NFKC changes; not `´`, an apostrophe; not the soft hyphen, which normalisation drops
// inside a word.)
const PLAIN_CLASS = '\\x00-\\x25\\x27-\\x7f\\u00a0-\\u00a7\\u00a9\\u00ab\\u00ac\\u00ae\\u00b0\\u00b1\\u00b6\\u00b7\\u00bb\\u00bf-\\u00ff\\u2010-\\u2015\\u2018-\\u201f\\u2026';
const PLAIN = new RegExp(`^[${PLAIN_CLASS}]*$`);
const PLAIN_WITH_AMPERSAND = new RegExp(`^[&${PLAIN_CLASS}]*$`);

/** Whether a text is plain (see `PLAIN`). */
function isPlain(text: string): boolean {
  return PLAIN.test(text) || (PLAIN_WITH_AMPERSAND.test(text) && !hasEntity(text));
}

/**
 * The words `tokenize(normalize(text))` gives (in the original case when `keepCase`), four
 * times faster for the plain text most scrapes are.
 * @param hashes when given, receives each word's `hashWord`, in order (the scan hashes as it reads)
 */
export function wordsOf(text: string, keepCase = false, hashes?: number[]): string[] {
  if (isPlain(text)) {
    // Normalisation turns single quotes (and backticks) into apostrophes only in text that is
    // not all ASCII.
    const typographic = !ASCII_ONLY.test(text);
    const words: string[] = [];
    scanWords(keepCase ? text : text.toLowerCase(), typographic, { words, hashes, starts: undefined });
    return words;
  }
  const words = tokenize(keepCase ? normalizeKeepingCase(text) : normalize(text));
  if (hashes) for (const word of words) hashes.push(hashWord(word));
  return words;
}

/** The words of a text scanned once, with the offset where each starts (their hashes are `hashPlainWords`'). */
export interface ScannedWords {
  readonly words: readonly string[];
  readonly starts: readonly number[];
}

/**
 * The words of a plain text (see `wordsOf`) with their offsets, for a block whose sentences'
 * words are then the words starting in each: a sentence scanned alone gives the same words,
 * as no sentence cut falls inside a word. Undefined for text the scan does not read (`&`,
 * characters normalisation may change) and for non-ASCII text with a backtick (an apostrophe
 * only in a sentence that is not ASCII).
 */
export function scanPlainWords(text: string): ScannedWords | undefined {
  const typographic = plainKind(text);
  if (typographic === undefined) return undefined;
  const words: string[] = [];
  const starts: number[] = [];
  // Lower-casing these characters keeps every offset.
  scanWords(text.toLowerCase(), typographic, { words, hashes: undefined, starts });
  return { words, starts };
}

/**
 * Word hashes of the text being read by `hashPlainWords` without an arena, reused from call to
 * call for texts of up to `SCRATCH_CHARS` characters (a longer one gets its own array, so that
 * one huge line does not stay in memory). A word takes a character and a separator: half the
 * text bounds them.
 */
const SCRATCH_CHARS = 1 << 16;
const hashScratch = new Int32Array(SCRATCH_CHARS / 2 + 1);

/**
 * Where each word of a text ends (the offset after its last character) and the letters read up
 * to that end, as `hashPlainWords` fills them in: the words of a stretch of the text (a
 * sentence) are then those that end in it.
 */
export interface WordEnds {
  readonly offsets: Int32Array;
  readonly letters: Int32Array;
}

/**
 * The word hashes of a plain text (`text` from `start` to `end`) and its letters, as
 * `scanPlainWords` finds them, in one pass that makes no words and no lower-cased copy: the
 * test for plain text is folded into the scan, and capitals are folded as they are hashed. The
 * range is read in place: a slice of the text reads a third slower. The hashes go to `arena`
 * when given.
 * @param ends when given (with room for half the range, plus one), receives where each word ends
 */
export function hashPlainWords(
  text: string,
  start = 0,
  end = text.length,
  arena?: Int32Arena,
  ends?: WordEnds,
): { readonly hashes: Int32Array; readonly letters: number } | undefined {
  const most = ((end - start) >> 1) + 1;
  const hashes = end - start <= SCRATCH_CHARS ? hashScratch : new Int32Array(most);
  let count = 0;
  let letters = 0;
  let typographic = false;
  let backtick = false;
  // Every code unit of the words, or'ed: a letter beyond ASCII makes the text typographic.
  let wide = 0;
  let inWord = false;
  let hash = FNV_OFFSET;
  // One loop with a flag, not a loop per word: nested loops ran a tenth slower.
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 0x100 ? WORD_CODE[code]! : 0;
    if (folded !== 0) {
      hash = Math.imul(hash ^ folded, FNV_PRIME);
      wide |= code;
      letters++;
      inWord = true;
      continue;
    }
    if (inWord) {
      // An apostrophe between letters stays in the word; a typographic one makes the text
      // typographic, so it joins words as in `scanWords`.
      const apostrophe = code === 0x27 || (code >= 0x2018 && code <= 0x201b);
      if (apostrophe && i + 1 < end && isWordCode(text.charCodeAt(i + 1))) {
        typographic ||= code !== 0x27;
        hash = Math.imul(hash ^ 0x27, FNV_PRIME);
        letters++;
        continue;
      }
      if (ends !== undefined) {
        ends.offsets[count] = i;
        ends.letters[count] = letters;
      }
      hashes[count++] = hash;
      hash = FNV_OFFSET;
      inWord = false;
    }
    if (code >= 0x80) {
      if (!isPlainMark(code)) return undefined;
      typographic = true;
    } else if (code === 0x26 && entityStartsAt(text, i, end)) return undefined;
    else if (code === 0x60) backtick = true;
  }
  if (inWord) {
    if (ends !== undefined) {
      ends.offsets[count] = end;
      ends.letters[count] = letters;
    }
    hashes[count++] = hash;
  }
  // As `plainKind`: a backtick in text that is not ASCII may be an apostrophe.
  if ((typographic || wide >= 0x80) && backtick) return undefined;
  // Copied out of the scratch into the arena: one view of it per text, where writing into a
  // view of the arena and keeping a shorter view of that made two.
  return { hashes: arena ? arena.copy(hashes, count) : hashes.slice(0, count), letters };
}

/**
 * Per Latin-1 code: the code of a word character (ASCII letters and digits, Latin-1 letters),
 * lower-cased; 0 for the rest. `ª º µ` are letters NFKC changes: not plain.
 */
const WORD_CODE = Uint8Array.from({ length: 0x100 }, (_, code) => {
  const ascii = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  const latin1 = code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  return ascii || latin1 ? String.fromCharCode(code).toLowerCase().charCodeAt(0) : 0;
});

/** Whether a code unit is a word character of plain text (see `WORD_CODE`). */
function isWordCode(code: number): boolean {
  return code < 0x100 && WORD_CODE[code] !== 0;
}

/** The characters beyond ASCII, other than letters, that plain text may hold (see `PLAIN`). */
function isPlainMark(code: number): boolean {
  if (code < 0x100) return LATIN1_SIGNS.includes(code);
  return code === 0x2026 || (code >= 0x2010 && code <= 0x201f && code !== 0x2016 && code !== 0x2017);
}

/** No-break space and the Latin-1 signs that only separate words (see `PLAIN`). */
const LATIN1_SIGNS = [0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa9, 0xab, 0xac, 0xae, 0xb0, 0xb1, 0xb6, 0xb7, 0xbb, 0xbf, 0xd7, 0xf7];

/** Whether `scanPlainWords` reads a text: undefined if not, else whether it is not all ASCII. */
function plainKind(text: string): boolean | undefined {
  if (!isPlain(text)) return undefined;
  const typographic = !ASCII_ONLY.test(text);
  return typographic && text.includes('`') ? undefined : typographic;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of a word: its id in candidate search (hashing a short word costs less than looking it up). */
export function hashWord(word: string): number {
  let value = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) value = Math.imul(value ^ word.charCodeAt(i), FNV_PRIME);
  return value;
}

/**
 * Where `scanWords` puts what it finds: each list it is given gets one entry per word. Callers
 * spell out all three lists (`undefined` for those they do not want): one shape for the scan.
 */
interface WordSink {
  readonly words?: string[];
  readonly hashes?: number[];
  readonly starts?: number[];
}

/**
 * Word tokens of a plain text (see `PLAIN`), as WORD finds them in its normalised form: runs of
 * ASCII letters, digits and Latin-1 letters, kept whole across an apostrophe between two of
 * them (with `typographic`, also across the single quotes normalisation makes apostrophes).
 * @returns the letters of the words (their length, apostrophes included, as `Fingerprint.letters` counts)
 */
function scanWords(text: string, typographic: boolean, { words, hashes, starts }: WordSink): number {
  let letters = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let quoted = false;
    let hash = FNV_OFFSET;
    for (;;) {
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (!isWordCode(code)) break;
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
      const code = text.charCodeAt(i);
      const apostrophe = code === 0x27 || (typographic && isTypographicApostrophe(code));
      if (!apostrophe || i + 1 >= length || !isWordCode(text.charCodeAt(i + 1))) break;
      quoted ||= code !== 0x27;
      // The word holds a plain apostrophe whatever mark the text has.
      hash = Math.imul(hash ^ 0x27, FNV_PRIME);
      i++;
    }
    letters += i - start;
    if (words) {
      const word = text.slice(start, i);
      words.push(quoted ? word.replace(TYPOGRAPHIC_APOSTROPHES, "'") : word);
    }
    hashes?.push(hash);
    starts?.push(start);
  }
  return letters;
}

const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u201a\u201b`]/g;

function isTypographicApostrophe(code: number): boolean {
  return (code >= 0x2018 && code <= 0x201b) || code === 0x60;
}

/** Whether a word belongs to a script written without spaces (Han, kana). */
export function isUnspacedWord(word: string): boolean {
  return word.length === 1 && UNSPACED_SCRIPT.test(word);
}

/**
 * Computes the matching form of a segment.
 * @param hashes when given, receives the hash of each of its words (see `wordsOf`)
 */
export function fingerprint(text: string, hashes?: number[]): Fingerprint {
  return fingerprintFromWords(text, wordsOf(text, false, hashes));
}

/** A fingerprint of `text` with the given words (and its normalised form, when known). */
export function fingerprintFromWords(text: string, words: readonly string[], norm?: string): Fingerprint {
  let letters = 0;
  for (const word of words) letters += word.length;
  return new LazyFingerprint(text, words, words.length, letters, norm);
}

/**
 * A fingerprint of a text `hashPlainWords` reads, whose words are made when first read: most
 * blocks are never compared, and making their words is most of what holding them costs.
 */
export function plainFingerprint(text: string, wordCount: number, letters: number): Fingerprint {
  return new LazyFingerprint(text, undefined, wordCount, letters, undefined);
}

/** Most segments are never compared by key or text (see `blocksSharingShingles`), so both are made when first read. */
class LazyFingerprint implements Fingerprint {
  private joined: string | undefined;

  constructor(
    private readonly text: string,
    private listed: readonly string[] | undefined,
    readonly wordCount: number,
    readonly letters: number,
    private normalized: string | undefined,
  ) {}

  get words(): readonly string[] {
    return (this.listed ??= wordsOf(this.text));
  }

  get norm(): string {
    return (this.normalized ??= normalize(this.text));
  }

  get key(): string {
    return (this.joined ??= this.words.join(' '));
  }
}

const TRUNCATION_MARK = /(?:\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\])\s*$/u;

/** Whether a text ends with a truncation mark (`…`, `...`, `[…]`): a teaser cut short. */
export function isTruncated(text: string): boolean {
  return TRUNCATION_MARK.test(text);
}
