import type { Block, CleanOptions, CleanResult } from './types.js';
import { type DocumentModel } from './document.js';
/**
 * Cleans a text already parsed into blocks (see `parseText`, `parseMarkdown`): finds its
 * echoes and removes them, keeping one copy of everything. Pure: the same text, blocks and
 * options always give the same result.
 * @param text the original text; it is never rewritten outside the removed ranges
 * @param blocks the blocks of `text` (offsets are UTF-16 indices into it; inert ones are left out)
 * @param options engine options; missing ones take their defaults (`parser` is not used here)
 * @returns the clean text, the changes (in text order), the edits on the original and counts
 */
export declare function cleanBlocks(text: string, blocks: readonly Block[], options?: Partial<CleanOptions>): CleanResult;
/**
 * `cleanBlocks` on a document already built (with the locale and minimum length of `options`),
 * for callers that also need the document (the cross-file summary).
 */
export declare function cleanDocument(doc: DocumentModel, options?: Partial<CleanOptions>): CleanResult;
