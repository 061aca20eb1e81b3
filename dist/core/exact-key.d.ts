import type { Range } from './types.js';
/** Words and letters of a key, as `exactKeyHash` counts them (for the evidence rule). */
export interface KeyFacts {
    words: number;
    letters: number;
}
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
export declare function exactKeyHash(text: string, start: number, end: number, facts: KeyFacts): number;
/**
 * Whether two ranges of a text have the same matching key, decided code by code from their
 * plain keys (no hash, so no collision); undefined when either key is not plain, and only the
 * fingerprint can tell.
 */
export declare function plainKeysEqual(text: string, a: Range, b: Range): boolean | undefined;
