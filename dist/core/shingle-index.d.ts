/**
 * Candidate search for twins in bounded time per segment: word 3-gram shingles, winnowed
 * (the smallest hash of every window of 3 shingles is kept), indexed by block. A text of at
 * least `SHINGLE_WORDS + WINDOW - 1` words that lies inside another shares at least one kept
 * shingle with it, because a window fully inside both picks the same minimum in both.
 */
/** Words per shingle. */
export declare const SHINGLE_WORDS = 3;
/** Fewest words a text needs to be found inside another by its shingles. */
export declare const MIN_SHINGLED_WORDS: number;
/** The hash of the shingle of three words, from the words' hashes. */
export declare function shingleHash(a: number, b: number, c: number): number;
/**
 * Writes the kept (winnowed) shingle hashes of a sequence of word hashes into `out` from `at`,
 * a minimum that repeats the one before it written once (others may still repeat: callers that
 * sort the hashes drop those for free). The window of three shingles rolls in three locals.
 * @param out room for `words.length` more values from `at`
 * @returns where the written values end
 */
export declare function winnowInto(words: ArrayLike<number>, out: Int32Array, at: number): number;
/** The kept (winnowed) shingle hashes of a sequence of word hashes, without repeats, in the order they come. */
export declare function winnowHashes(words: ArrayLike<number>): number[];
/** A list of hashes: an array or a typed array. */
export type Hashes = ArrayLike<number> & Iterable<number>;
/**
 * Blocks indexed by their kept shingles, in typed arrays (a hash table of distinct shingles
 * pointing into one array of block numbers), so the index costs a few bytes per shingle
 * rather than a JavaScript array per shingle.
 */
export declare class ShingleIndex {
    /**
     * Per slot, three numbers side by side: the shingle, how many blocks hold it (0: a free
     * slot) and where they start in `blocks`. Side by side, a probe touches one cache line
     * instead of three; over a folder's millions of shingles the table outgrows every cache.
     */
    private readonly table;
    /** Block numbers, grouped by shingle, each group in increasing order. */
    private readonly blocks;
    private readonly mask;
    /** Counts the blocks of the query being answered. */
    private readonly counter;
    /**
     * Builds the index: 12 bytes per table slot, at most two thirds of them used.
     * @param shinglesByBlock the kept shingles of each block, by block number (blocks in increasing order)
     */
    constructor(shinglesByBlock: readonly Hashes[]);
    /**
     * Where a shingle's slot starts in `table` (claimed when `claim`: the caller counts it at
     * once), or -1 when it is not there.
     */
    private slotFor;
    /**
     * Visits the blocks sharing kept shingles with a segment of block `near`, with how many they
     * share, in the order first met. Of a long posting list only the first and the nearest blocks
     * are read, so a line repeated thousands of times costs no more than one repeated a few times.
     * Counts go to a typed array, not a map: a folder's boilerplate makes millions of them.
     * `visit` must not query this index again (the counts are shared).
     */
    candidates(shingles: Hashes, near: number, visit: (block: number, shared: number) => void): void;
}
