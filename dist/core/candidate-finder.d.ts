import type { DocumentModel, Segment } from './document.js';
import { WordHasher } from './shingle-index.js';
/**
 * Where twins of a segment may stand: blocks with a segment of the same key (a hash lookup),
 * and blocks sharing kept shingles with it (see `ShingleIndex`), at most `MAX_CANDIDATES`.
 */
export declare class CandidateFinder {
    private readonly keys;
    readonly hasher: WordHasher;
    private readonly shingles;
    constructor(doc: DocumentModel);
    /** Candidate block indices for `echo`, in document order. */
    blocksFor(echo: Segment): number[];
}
