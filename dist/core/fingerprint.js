import { decodeEntities } from './html-entities.js';
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
export function normalize(text) {
    return normalizeKeepingCase(text).toLowerCase();
}
/** `normalize` without case folding: for guards that look at capitals. */
export function normalizeKeepingCase(text) {
    let value = decodeEntities(text);
    // NFKC is the costliest step; skip it for text it cannot change (ASCII, and the typographic
    // marks the replacements below map the way NFKC would).
    if (NEEDS_NFKC.test(value))
        value = value.normalize('NFKC');
    if (!ASCII_ONLY.test(value)) {
        value = value
            .replace(INVISIBLE, '')
            .replace(SINGLE_QUOTES, "'")
            .replace(DOUBLE_QUOTES, '"')
            .replace(DASHES, '-')
            .replace(/\u2026/g, '...');
    }
    return trimEdges(value.replace(WHITESPACE, ' '));
}
/** Trims spaces, punctuation and symbols at both ends (a scan, not a regex anchored at `$`). */
function trimEdges(value) {
    let start = 0;
    let end = value.length;
    while (start < end && isEdgeMark(value, start))
        start++;
    while (end > start && isEdgeMark(value, end - 1))
        end--;
    return start === 0 && end === value.length ? value : value.slice(start, end);
}
function isEdgeMark(value, at) {
    const code = value.charCodeAt(at);
    if (code < 0x80)
        return !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
    return EDGE_MARK.test(value[at]);
}
const NEEDS_NFKC = /[^\x00-\x7f\u00a0\u2010-\u2015\u2018-\u201f\u2026]/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Splits a normalised text into word tokens. */
export function tokenize(norm) {
    return norm.match(WORD) ?? [];
}
/** Whether a word belongs to a script written without spaces (Han, kana). */
export function isUnspacedWord(word) {
    return word.length === 1 && UNSPACED_SCRIPT.test(word);
}
/** Computes the matching form of a segment. */
export function fingerprint(text) {
    const norm = normalize(text);
    const words = tokenize(norm);
    let letters = 0;
    for (const word of words)
        letters += word.length;
    return { norm, words, key: words.join(' '), letters };
}
const TRUNCATION_MARK = /(?:\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\])\s*$/u;
/** Whether a text ends with a truncation mark (`…`, `...`, `[…]`): a teaser cut short. */
export function isTruncated(text) {
    return TRUNCATION_MARK.test(text);
}
