/** Flag of `blocksSharingShingles`: the block shares a word 3-gram with another block. */
export declare const SHARES_ACROSS = 1;
/** Flag of `blocksSharingShingles`: one of the block's word 3-grams occurs twice in it. */
export declare const REPEATS_WITHIN = 2;
/**
 * Which blocks share a word 3-gram (by hash) with some other block, and which repeat one of
 * their own. Any two segments of different blocks that candidate search can pair share one:
 * equal keys mean the same four or more words, and shared kept shingles are shared 3-grams. So
 * a block with neither flag needs no candidate search, and its sentences are not compared with
 * one another either (the rule, not a consequence: a sentence repeated in its block with its
 * words glued differently shares no 3-gram, and is found neither there nor in another block).
 * In a scraped article most blocks are such unique prose.
 * @param wordHashes the word hashes of each block (empty for a block that is no evidence)
 * @returns per block, `SHARES_ACROSS` and `REPEATS_WITHIN` or'ed (0 for neither)
 */
export declare function blocksSharingShingles(wordHashes: readonly ArrayLike<number>[]): Uint8Array;
