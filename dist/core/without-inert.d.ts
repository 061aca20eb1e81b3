import type { Block } from './types.js';
/**
 * The blocks the engine reads: all but the inert ones (see `Block.inert`), numbered again in
 * order. The same array when none is inert, as in plain text.
 */
export declare function withoutInert(blocks: readonly Block[]): readonly Block[];
/** The index among `blocks` of block `index` of `withoutInert(blocks)` (given as `read`). */
export declare function originalIndex(blocks: readonly Block[], read: readonly Block[], index: number): number;
