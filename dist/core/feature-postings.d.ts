import type { Hashes } from './shingle-index.js';
/**
 * The documents of every feature that stands in two documents or more, found by one sort of
 * all (feature, document) pairs instead of hashing: a radix sort runs through the pairs in
 * order, where a hash table or a Bloom filter over millions of features misses the cache at
 * every probe, and a document's list of groups then leads to its postings without a lookup
 * (at 50 MB of articles the duplicate search took 0.91 s with two Bloom filters and a hash
 * table, 0.51 s with this; 16 bytes per pair while the sort runs).
 */
export declare class FeaturePostings {
    /** Documents grouped by feature, each group in increasing order. */
    readonly documents: Int32Array;
    /** Per group: where it starts in `documents`; one more entry, the end of the last. */
    readonly groupStarts: Int32Array;
    /** Per document: where its groups start in `groups`; one more entry, the end of the last. */
    private readonly documentStarts;
    /** The groups of each document, in increasing order of feature (as signed integers). */
    private readonly groups;
    /**
     * @param source per document, its features without repeats; or the arrays of postings built
     *   before (see `arrays`), as another thread receives them
     * @param shared build the arrays in `SharedArrayBuffer`s, so other threads can read them where
     *   they are
     */
    constructor(source: readonly Hashes[] | PostingsArrays, shared?: boolean);
    /** The groups of a document's features that stand in another document too. */
    groupsOf(document: number): Int32Array;
    /** Everything the postings hold, to build them again elsewhere (see the constructor). */
    arrays(): PostingsArrays;
}
/** The arrays of `FeaturePostings`. */
export interface PostingsArrays {
    readonly documents: Int32Array;
    readonly groupStarts: Int32Array;
    readonly documentStarts: Int32Array;
    readonly groups: Int32Array;
}
