/**
 * Which blocks share a word 3-gram (by hash) with some other block. Any two segments of
 * different blocks that candidate search can pair share one: equal keys mean the same four or
 * more words, and shared kept shingles are shared 3-grams. So a block outside this set needs
 * no candidate search at all; only its own sentences can repeat one another. In a scraped
 * article most blocks are such unique prose.
 * @param wordHashes the word hashes of each block (empty for a block that is no evidence)
 * @returns per block, `SHARES_ACROSS` when it shares a 3-gram with another block, plus
 *   `REPEATS_WITHIN` when one of its 3-grams occurs twice in it
 */
export declare const SHARES_ACROSS = 1;
export declare const REPEATS_WITHIN = 2;
export declare function blocksSharingShingles(wordHashes: readonly ArrayLike<number>[]): Uint8Array;
