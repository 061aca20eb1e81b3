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
export declare const DECODE_FIRST = -1;
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
 * `exactKeyHash` of the text a byte string of UTF-8 encodes (see `utf8-chars.ts`), read
 * without decoding it: the same hash, words and letters, and `facts.excess`.
 * @param start first byte of the range
 * @param end byte after the range
 * @returns the hash, or DECODE_FIRST where the text would take the full fingerprint (then
 *   `facts` is not filled in: decode the range and call `exactKeyHash`)
 */
export declare function byteKeyHash(chars: string, start: number, end: number, facts: KeyFacts): number;
/**
 * Whether two texts have the same matching key, decided code by code from their plain keys
 * (no hash, so no collision); undefined when either key is not plain, and only the fingerprint
 * can tell.
 */
export declare function plainKeysEqual(left: string, right: string): boolean | undefined;
/**
 * Whether two texts whose keys hash alike really have the same key (hashes can collide).
 * Most twins that differ in form have plain keys: comparing those skips two fingerprints.
 */
export declare function sameExactKey(left: string, right: string): boolean;
