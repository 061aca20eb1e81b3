/**
 * Small typed arrays carved out of shared buffers: a typed array of its own costs an allocation
 * of about 0.6 µs, a view into a buffer a tenth of that, and a document has a word-hash array per
 * block (75,000 in the 20 MB bench folder). A buffer lives as long as any view into it, and
 * views are never written once kept, so documents may share an arena.
 */
export declare class Int32Arena {
    private readonly chunk;
    private buffer;
    private used;
    /** @param chunk entries per shared buffer; longer arrays get their own */
    constructor(chunk: number);
    /** A copy of `source`'s first `count` entries: a view into the shared buffer, or an array of its own when longer than a chunk. */
    copy(source: Int32Array, count: number): Int32Array;
}
