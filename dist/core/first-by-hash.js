/**
 * The first item seen with each 53-bit hash: an open-addressing table over typed arrays, so
 * a document's hundreds of thousands of blocks cost no object (and no boxed number) each.
 */
export class FirstByHash {
    hashes;
    /** Item + 1 per slot; 0 marks a free slot. */
    items;
    mask;
    /** @param expected how many hashes will be added at most (the table never grows) */
    constructor(expected) {
        let size = 16;
        // At most half full, so probes stay short.
        while (size < expected * 2)
            size *= 2;
        this.hashes = new Float64Array(size);
        this.items = new Int32Array(size);
        this.mask = size - 1;
    }
    /**
     * The item stored for `hash`; when there is none, stores `item` for it.
     * @param hash a non-negative safe integer (below 2^53)
     * @param item a non-negative int32 (a block index)
     * @returns the earlier item, or -1 when `item` was stored
     */
    firstOrAdd(hash, item) {
        // The low 32 bits pick the slot; the hashes are well mixed there.
        let slot = (hash >>> 0) & this.mask;
        for (;;) {
            const stored = this.items[slot];
            if (stored === 0) {
                this.hashes[slot] = hash;
                this.items[slot] = item + 1;
                return -1;
            }
            if (this.hashes[slot] === hash)
                return stored - 1;
            slot = (slot + 1) & this.mask;
        }
    }
}
