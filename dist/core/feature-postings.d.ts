import type { Hashes } from './shingle-index.js';
/**
 * The documents of every feature that stands in two documents or more, found by one sort of
 * all (feature, document) pairs instead of hashing: a radix sort runs through the pairs in
 * order, where a hash table or a Bloom filter over millions of features misses the cache at
 * every probe (at 200 MB of articles, 2.8 s for the filter and the table; the sort takes a
 * fraction of that, for 16 bytes per pair while it runs).
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
    /** @param features per document, its features without repeats */
    constructor(features: readonly Hashes[]);
    /** The groups of a document's features that stand in another document too. */
    groupsOf(document: number): Int32Array;
}
