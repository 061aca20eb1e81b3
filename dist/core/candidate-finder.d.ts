import type { DocumentModel, Segment } from './document.js';
import type { SegmentFacts } from './segment-facts.js';
/**
 * Where twins of a segment may stand: blocks with a segment of the same key (a hash lookup),
 * and blocks sharing kept shingles with it (see `ShingleIndex`), at most `MAX_CANDIDATES`.
 */
export declare class CandidateFinder {
    private readonly doc;
    private readonly facts;
    /** Blocks by the hash of a key they hold (see `keyHash`), so that keys need not be joined into strings. */
    private readonly keys;
    private readonly shingles;
    /** Per block, whether it shares a 3-gram with another or repeats one of its own (see `blocksSharingShingles`). */
    private readonly repeats;
    constructor(doc: DocumentModel, facts: SegmentFacts);
    private keyOf;
    /** Candidate block indices for `echo`, in document order. */
    blocksFor(echo: Segment): number[];
    /**
     * Adds `blocks` to `found`, each with the first block holding its key, but `echo` itself.
     * When more blocks share shingles than are verified, the nearest win; if one is a later copy
     * of an earlier block, that earlier copy (the one that stays) must be verified too, or the
     * echo's only twin would be a copy that goes, and the next run would find what this one left.
     */
    private addWithFirstCopies;
}
