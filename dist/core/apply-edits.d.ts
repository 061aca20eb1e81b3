import type { Edit } from './types.js';
/**
 * Applies non-overlapping edits to a text; everything outside them stays byte-identical.
 * @param edits sorted by `range.start`, non-overlapping
 */
export declare function applyEdits(text: string, edits: readonly Edit[]): string;
