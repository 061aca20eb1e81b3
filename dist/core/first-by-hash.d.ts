/**
 * The first item seen with each 53-bit hash: an open-addressing table over typed arrays, so
 * a document's hundreds of thousands of blocks cost no object (and no boxed number) each.
 */
export declare class FirstByHash {
    private readonly hashes;
    /** Item + 1 per slot; 0 marks a free slot. */
    private readonly items;
    private readonly mask;
    /** @param expected how many hashes will be added at most (the table never grows) */
    constructor(expected: number);
    /**
     * The item stored for `hash`; when there is none, stores `item` for it.
     * @param hash a non-negative safe integer (below 2^53)
     * @param item a non-negative int32 (a block index)
     * @returns the earlier item, or -1 when `item` was stored
     */
    firstOrAdd(hash: number, item: number): number;
}
