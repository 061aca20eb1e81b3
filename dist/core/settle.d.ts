import type { Block, CleanResult } from './types.js';
/**
 * Cleans a text again for as long as cleaning frees an inert block: Markdown the previous
 * pass could not edit (a list's label whose list went, a paragraph between two lists one of
 * which went) reads as an editable paragraph in the cleaned text, and a repeat in it would go
 * on the next run. Cleaning is idempotent only if that run happens now. The passes' changes and
 * edits are given on the original text, as one pass gives them. Every changed text with an
 * inert block is parsed again: a paragraph can be inert because of lists several blocks away
 * (removing the blocks between would join them), so where the removals fell tells too little.
 * @param text the original text
 * @param blocks the blocks the first pass cleaned
 * @param first the first pass's result
 * @param parse the parser that gave `blocks`
 * @param cleanAgain the engine, with the first pass's options
 */
export declare function settle(text: string, blocks: readonly Block[], first: CleanResult, parse: (text: string) => readonly Block[], cleanAgain: (text: string, blocks: readonly Block[]) => CleanResult): CleanResult;
