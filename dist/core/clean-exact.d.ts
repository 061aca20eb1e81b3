import type { Block, Change, CleanOptions, CleanResult, CleanStats, Place } from './types.js';
/**
 * The exact-only path (`threshold: 1`, `unit: 'paragraph'`): a block whose matching key equals
 * an earlier block's goes, and nothing else is compared. One pass over the text, hashing keys
 * without building strings, so it runs at the speed of reading. Containment, near matches
 * and sentences are the full engine's (`cleanBlocks` routes these options here).
 * @param text the original text
 * @param allBlocks its blocks (inert ones are left out)
 * @returns the clean text and the changes, as `cleanBlocks` returns them
 */
export declare function cleanExactBlocks(text: string, allBlocks: readonly Block[], options?: Partial<CleanOptions>): CleanResult;
/** The change of a block removed as a repeat of `kept`: `exact` when the two read alike. */
export declare function repeatChange(removed: Place, kept: Place): Change;
/**
 * The counts of the exact-only path, which sees each block as one sentence.
 * @param removedChars UTF-16 code units removed
 */
export declare function exactStats(blocks: number, removedBlocks: number, removedChars: number): CleanStats;
