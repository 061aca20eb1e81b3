/** Word index in `haystack`, from `from` on, where the word sequence `needle` starts, or -1. */
export declare function findWords(haystack: readonly string[], needle: readonly string[], from?: number): number;
/**
 * As `findWords`, but searching the words' hashes first and reading the words only to confirm a
 * place the hashes found (equal words have equal hashes; a clash is passed over), so texts
 * whose words were never made need not make them (see `plainFingerprint`).
 */
export declare function findWordsByHash(haystack: {
    readonly hashes: ArrayLike<number>;
    readonly words: () => readonly string[];
}, needle: {
    readonly hashes: ArrayLike<number>;
    readonly words: () => readonly string[];
}, from?: number): number;
