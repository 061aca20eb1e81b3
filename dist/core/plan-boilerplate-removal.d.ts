import type { DocumentModel } from './document.js';
import type { Edit, SegmentPlace } from './types.js';
/** How one document loses its boilerplate, or why it keeps it. */
export interface BoilerplatePlan {
    /** False when nothing but boilerplate would be left of the document: then it stays whole. */
    readonly removable: boolean;
    /** Blocks that go whole, ascending: boilerplate blocks, and blocks whose every sentence is. */
    readonly blocks: readonly number[];
    /** The removals on the text, with the same spacing rules as the engine's (see `planEdits`). */
    readonly edits: readonly Edit[];
}
/**
 * Plans the removal of a document's boilerplate segments: whole blocks go with their
 * separators, sentences are cut out of the blocks that stay. A document whose every block
 * with evidence would go is left alone: a whole file is never deleted.
 * @param segments where the boilerplate segments of `doc` stand (whole blocks and sentences)
 */
export declare function planBoilerplateRemoval(doc: DocumentModel, segments: readonly SegmentPlace[]): BoilerplatePlan;
/**
 * What taking boilerplate segments out removes: whole blocks (boilerplate blocks, and blocks
 * whose every sentence is boilerplate) and the sentences cut from the blocks that stay.
 * @param sentencesIn the number of sentence segments of a block (0 when it is one sentence)
 */
export declare function boilerplateCuts(segments: readonly SegmentPlace[], sentencesIn: (block: number) => number): {
    removedBlocks: Set<number>;
    cutSentences: Map<number, Set<number>>;
};
/** Whether a block of evidence stays once `removedBlocks` go (a whole file is never emptied). */
export declare function keepsEvidence(evidence: ArrayLike<boolean | number>, removedBlocks: ReadonlySet<number>): boolean;
