import { PostingCounter } from './posting-counter.js';
import { FeaturePostings } from './feature-postings.js';
import type { Hashes } from './shingle-index.js';
/** Two documents (by index) found alike, with their similarity (see `overlap`; 0–1, unrounded). */
export interface DocumentMatch {
    readonly a: number;
    readonly b: number;
    readonly similarity: number;
}
/** Near-duplicate documents by index: groups, the pairs that made them, and each document's group. */
export interface DuplicateSearch {
    /** Groups of at least two documents, each ascending, ordered by first member. */
    readonly groups: readonly (readonly number[])[];
    /** Verified pairs (`a < b`), ordered by `a` then `b`. */
    readonly pairs: readonly DocumentMatch[];
    /** For every document, the smallest index of its group (itself when it has no duplicate). */
    readonly groupOf: readonly number[];
}
/**
 * The smaller of two duplicates holds at least this share of the larger's shingles: a teaser
 * or a stub that quotes a story is not a copy of it.
 */
export declare const MIN_SIZE_RATIO = 0.5;
/**
 * Counts, for `counter`, the documents met in the lists of `groups` (a document's features that
 * stand in other documents too). A document that shares fewer than `needed` of the lists is no
 * candidate, so the short lists are read first, and once fewer lists remain than a document
 * first met then would still need, only documents already met are counted: the long lists of
 * boilerplate, read last, add none. Every document met in at least `needed` lists is counted
 * as a full read would count it (at 200 MB: 11.6 million documents met instead of 27 million,
 * the same candidates).
 * @param longLists scratch space, at least as long as `groups`
 */
export declare function readCandidates(postings: FeaturePostings, counter: PostingCounter, groups: Int32Array, document: number, needed: number, longLists: Int32Array): void;
/**
 * Finds near-duplicate documents in time linear in the total number of features: candidates
 * come from the documents of their features with bounded reads (see `PostingCounter`; a
 * feature of one document alone adds none), pass a length and a shared-count filter, and
 * only then is their similarity computed: the share of the smaller document's shingles that
 * the other holds (so a copy with another site's header and footer still matches).
 * @param features per document, its kept shingle hashes, ascending, without repeats (see `summarizeDocument`)
 * @param threshold similarity (0–1) from which two documents are duplicates
 */
export declare function findDuplicateDocuments(features: readonly Hashes[], threshold: number): DuplicateSearch;
/**
 * The pairs of near-duplicate documents that the queries of documents `from` to `to` find (see
 * `findDuplicateDocuments`), each once, in no set order. Each document's query depends on no
 * other query (the counter starts over at each, and a pair verified once is only skipped, not
 * changed), so the queries can be split into ranges, run apart (on other threads) and their
 * pairs put together by `groupDuplicates`: the same pairs as one run. A pair one side's query
 * misses (it reads long lists only near its own document) may still come from the other side's.
 * @param postings the postings of `features`
 */
export declare function duplicatePairs(postings: FeaturePostings, features: readonly Hashes[], threshold: number, from: number, to: number): DocumentMatch[];
/**
 * The duplicate groups of `count` documents from the pairs `duplicatePairs` found (over one or
 * several ranges: a pair found twice counts once).
 */
export declare function groupDuplicates(count: number, found: readonly DocumentMatch[]): DuplicateSearch;
