import { fingerprint } from './fingerprint.js';
/**
 * A 53-bit hash of a text's matching key (see `Fingerprint.key`) computed in one pass without
 * building strings, for the exact-only path. ASCII and Latin-1 letters and digits are hashed
 * as they come (lower-cased); a text with any other letter takes the full fingerprint, so the hash
 * always agrees with `fingerprint(text).key` equality up to hash collisions.
 * @returns the hash, and the number of words (for the evidence rule)
 */
export function exactKeyHash(text, start, end) {
    let high = 0x811c9dc5;
    let low = 0x01000193;
    let words = 0;
    let letters = 0;
    let inWord = false;
    for (let i = start; i < end; i++) {
        let code = text.charCodeAt(i);
        if (code === 0x27 || code === 0x2019) {
            // An apostrophe inside a word belongs to it (`don't`), as the tokenizer has it.
            if (inWord && i + 1 < end && wordCode(text.charCodeAt(i + 1)) >= 0) {
                low = Math.imul(low ^ 0x27, 0x5bd1e995) ^ (high >>> 15);
                high = Math.imul(high ^ 0x27, 0x01000193);
            }
            else
                inWord = false;
            continue;
        }
        if (code >= 0x80 && wordCode(code) < 0) {
            if (INVISIBLE.has(code))
                continue;
            if (!isSeparatorPunctuation(code))
                return slowHash(text.slice(start, end));
            inWord = false;
            continue;
        }
        if (code === 0x26 && ENTITY_START.test(text.slice(i, i + 12)))
            return slowHash(text.slice(start, end));
        code = wordCode(code);
        if (code >= 0) {
            if (!inWord && words > 0) {
                low = Math.imul(low ^ 0x20, 0x5bd1e995) ^ (high >>> 15);
                high = Math.imul(high ^ 0x20, 0x01000193);
            }
            if (!inWord)
                words++;
            inWord = true;
            letters++;
            // Inlined `mix`: this loop runs once per character of the input.
            low = Math.imul(low ^ code, 0x5bd1e995) ^ (high >>> 15);
            high = Math.imul(high ^ code, 0x01000193);
        }
        else
            inWord = false;
    }
    return { hash: combine(high, low), words, letters };
}
/**
 * The lower-cased code of a word character the fast path knows (ASCII letters and digits,
 * Latin-1 letters, which NFKC leaves alone), or -1.
 */
function wordCode(code) {
    if (code >= 0x61 && code <= 0x7a)
        return code;
    if (code >= 0x41 && code <= 0x5a)
        return code + 0x20;
    if (code >= 0x30 && code <= 0x39)
        return code;
    if (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)
        return code <= 0xde ? code + 0x20 : code;
    return -1;
}
/** Characters the fingerprint drops without breaking a word (soft hyphen, zero-width marks). */
const INVISIBLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff]);
/** Non-ASCII spaces and punctuation that only separate words: NBSP, dashes, quotes, `…`. */
function isSeparatorPunctuation(code) {
    return code === 0xa0 || (code >= 0x2000 && code <= 0x206f && code !== 0x2019) || code === 0xab || code === 0xbb;
}
const ENTITY_START = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;
function mix(high, low, code) {
    return [Math.imul(high ^ code, 0x01000193), Math.imul(low ^ code, 0x5bd1e995) ^ (high >>> 15)];
}
const combine = (high, low) => (high >>> 0) * 0x200000 + ((low >>> 0) & 0x1fffff);
function slowHash(text) {
    const fp = fingerprint(text);
    let high = 0x811c9dc5;
    let low = 0x01000193;
    for (let i = 0; i < fp.key.length; i++)
        [high, low] = mix(high, low, fp.key.charCodeAt(i));
    return { hash: combine(high, low), words: fp.words.length, letters: fp.letters };
}
