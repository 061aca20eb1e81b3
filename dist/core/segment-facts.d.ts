import type { BlockModel, DocumentModel, Segment } from './document.js';
/** Cached per-segment data that only some comparisons need. */
export declare class SegmentFacts {
    private readonly doc;
    private readonly originals;
    constructor(doc: DocumentModel);
    private readonly derived;
    private cache;
    /** The key without spaces, for words glued at element borders (no word holds a space: the words joined, and no key is made). */
    compact(segment: Segment): string;
    /** The key without a leading list number (`3 `). */
    unranked(segment: Segment): string;
    negations(segment: Segment): number;
    numbers(segment: Segment): string;
    /** By segment id (an array: read for nearly every segment, and ids are dense). */
    private readonly ids;
    private readonly pairs;
    /**
     * The segment's word hashes, in order (a sentence's are a view of its block's, from its first
     * word). Word hashes serve as word ids: shared with the shingle index, and a clash only lets
     * one more candidate through to verification.
     */
    hashes(segment: Segment): Int32Array;
    /**
     * The word hashes of the segment's block, which holds the segment's from `firstWord` on
     * (`fp.wordCount` of them): for callers that read them in place, as a view per call adds up.
     */
    blockHashes(segment: Segment): Int32Array;
    /** The segment's distinct words as sorted integer ids (compact, and quick to intersect). */
    wordIds(segment: Segment): Int32Array;
    private readonly sentenceIndexes;
    /**
     * The sentences of a block worth comparing with `echo`, in order. A block of many sentences
     * (a whole page on one line) gets an index from word to sentences, and only the sentences
     * holding the echo's two rarest words there are returned: a twin holds nearly all its words.
     */
    sentencesSharingWords(model: BlockModel, echo: Segment): readonly Segment[];
    /** The segment's adjacent word pairs, as numbers. */
    wordPairs(segment: Segment): Set<number>;
    /** The segment's words in their original case (aligned with `fp.words`). */
    originalWords(segment: Segment): string[];
}
