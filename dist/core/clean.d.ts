import type { CleanOptions, CleanResult } from './types.js';
/**
 * Cleans one text: finds its echoes and removes them.
 * @param text the original text (any line endings, optional BOM)
 * @param options engine options; missing ones take their defaults
 * @returns the clean text, the changes, the edits on the original and counts
 */
export declare function clean(text: string, options?: Partial<CleanOptions>): CleanResult;
