import { evidenceOf } from './document.js';
import { FirstByHash } from './first-by-hash.js';
/**
 * The exact-only rule: a block whose matching key equals an earlier block's is an echo of the
 * first block with that key. Blocks too short to be evidence are never matched.
 * @param minLength letters and digits a block needs to count as evidence
 * @param hashOf the block's key hash (`exactKeyHash`); it fills `facts` with the key's words
 *   and letters. Called once per block, in order.
 * @param sameKey whether two blocks whose hashes are equal have the same key
 * @returns the echoes in text order
 */
export function findRepeats(blocks, minLength, hashOf, sameKey) {
    const firsts = new FirstByHash(blocks.length);
    const repeats = [];
    const facts = { words: 0, letters: 0, excess: 0 };
    for (const block of blocks) {
        const hash = hashOf(block, facts);
        if (evidenceOf(facts.words, facts.letters, minLength) === 'none')
            continue;
        const earlier = firsts.firstOrAdd(hash, block.index);
        if (earlier >= 0 && sameKey(blocks[earlier], block))
            repeats.push({ echo: block, kept: blocks[earlier] });
    }
    return repeats;
}
