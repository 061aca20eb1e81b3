/**
 * A 53-bit hash of a text's matching key (see `Fingerprint.key`) computed in one pass without
 * building strings, for the exact-only path. ASCII and Latin-1 letters and digits are hashed
 * as they come (lower-cased); a text with any other letter takes the full fingerprint, so the hash
 * always agrees with `fingerprint(text).key` equality up to hash collisions.
 * @returns the hash, and the number of words (for the evidence rule)
 */
export declare function exactKeyHash(text: string, start: number, end: number): {
    hash: number;
    words: number;
    letters: number;
};
