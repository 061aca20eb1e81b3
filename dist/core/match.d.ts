import type { MatchKind } from './types.js';
import type { DocumentModel } from './document.js';
/**
 * How an echo relates to its twin.
 * - `equal`: same words (formatting aside);
 * - `near`: nearly the same text (Dice ≥ threshold, guards passed);
 * - `contained`: every word of the echo, in order, lies inside a longer twin (or almost every
 *   word pair, for a lede cut short or rejoined).
 */
export type Relation = 'equal' | 'near' | 'contained';
/** One echo candidate: segment `echo` repeats (part of) segment `twin`, in another place. */
export interface Match {
    readonly echo: number;
    readonly twin: number;
    readonly relation: Relation;
    /** What a report calls it: `exact` only when the texts are byte-identical. */
    readonly kind: MatchKind;
    /**
     * Dice similarity of echo and twin, 0–1, for near matches; 1 for equal and contained ones
     * (reports score the texts as written).
     */
    readonly score: number;
    /** Words of the twin's block covered by the echo, as `[first, end)` word indices, when known exactly. */
    readonly span?: readonly [number, number];
}
/** Tuning of the matcher. */
export interface MatchOptions {
    /** Dice threshold for near-duplicates, 0–1; 1 disables near and fuzzy matching. */
    readonly threshold: number;
}
/** Word index in `haystack`, from `from` on, where the word sequence `needle` starts, or -1. */
export declare function findWords(haystack: readonly string[], needle: readonly string[], from?: number): number;
/**
 * Finds, for every evidence segment, its twins in other blocks: for each candidate block the
 * best matching sentence of that block, or the block as a whole. A sentence also gets its
 * twins among the earlier sentences of its own block.
 * @returns matches grouped by echo segment id (only segments that have any)
 */
export declare function findMatches(doc: DocumentModel, options: MatchOptions): Map<number, Match[]>;
