import type { Block } from './types.js';
import type { KeyFacts } from './exact-key.js';
/** A block whose matching key an earlier block has, and the first block with that key. */
export interface Repeat {
    readonly echo: Block;
    readonly kept: Block;
}
/**
 * The exact-only rule: a block whose matching key equals an earlier block's is an echo of the
 * first block with that key. Blocks too short to be evidence are never matched.
 * @param minLength letters and digits a block needs to count as evidence
 * @param hashOf the block's key hash (`exactKeyHash`); it fills `facts` with the key's words
 *   and letters. Called once per block, in order.
 * @param sameKey whether two blocks whose hashes are equal have the same key
 * @returns the echoes in text order
 */
export declare function findRepeats(blocks: readonly Block[], minLength: number, hashOf: (block: Block, facts: KeyFacts) => number, sameKey: (a: Block, b: Block) => boolean): Repeat[];
