import type { Int32Arena } from './int32-arena.js';
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
/** Normalises a text for comparison (see `Fingerprint.norm`). */
export declare function normalize(text: string): string;
/** `normalize` without case folding: for guards that look at capitals. */
export declare function normalizeKeepingCase(text: string): string;
/** Splits a normalised text into word tokens. */
export declare function tokenize(norm: string): string[];
/**
 * The words `tokenize(normalize(text))` gives (in the original case when `keepCase`), four
 * times faster for the plain text most scrapes are.
 * @param hashes when given, receives each word's `hashWord`, in order (the scan hashes as it reads)
 */
export declare function wordsOf(text: string, keepCase?: boolean, hashes?: number[]): string[];
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
export declare function scanPlainWords(text: string): ScannedWords | undefined;
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
export declare function hashPlainWords(text: string, start?: number, end?: number, arena?: Int32Arena, ends?: WordEnds): {
    readonly hashes: Int32Array;
    readonly letters: number;
} | undefined;
/** 32-bit FNV-1a of a word: its id in candidate search (hashing a short word costs less than looking it up). */
export declare function hashWord(word: string): number;
/** Whether a word belongs to a script written without spaces (Han, kana). */
export declare function isUnspacedWord(word: string): boolean;
/**
 * Computes the matching form of a segment.
 * @param hashes when given, receives the hash of each of its words (see `wordsOf`)
 */
export declare function fingerprint(text: string, hashes?: number[]): Fingerprint;
/** A fingerprint of `text` with the given words (and its normalised form, when known). */
export declare function fingerprintFromWords(text: string, words: readonly string[], norm?: string): Fingerprint;
/**
 * A fingerprint of a text `hashPlainWords` reads, whose words are made when first read: most
 * blocks are never compared, and making their words is most of what holding them costs.
 */
export declare function plainFingerprint(text: string, wordCount: number, letters: number): Fingerprint;
/** Whether a text ends with a truncation mark (`…`, `...`, `[…]`): a teaser cut short. */
export declare function isTruncated(text: string): boolean;
