import type { Edit } from './types.js';
/**
 * Joins two sets of removals on the same text (the engine's and the boilerplate's) into one
 * sorted, non-overlapping set. Ranges that overlap or touch become one; a removal followed by
 * nothing but whitespace also takes the whitespace before it, so the text keeps its final line
 * break and gains no trailing blank lines (as `planEdits` does for one set).
 * @param edits removals (`text: ''`) with UTF-16 ranges into `text`, in any order
 */
export declare function mergeRemovals(text: string, edits: readonly Edit[]): Edit[];
