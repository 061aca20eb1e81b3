import { evidenceOf } from './document.js';
import { FirstByHash } from './first-by-hash.js';
/**
 * The exact-only rule: a block whose matching key equals an earlier block's is an echo of the
 * first block with that key. Blocks too short to be evidence are never matched.
 * @param count how many blocks there are; they are named by their index, in text order
 * @param minLength letters and digits a block needs to count as evidence
 * @param hashOf the key hash of block `index` (`exactKeyHash`); it fills `facts` with the key's
 *   words and letters. Called once per block, in order.
 * @param sameKey whether two blocks whose hashes are equal have the same key
 * @returns the echoes in text order
 */
export function findRepeats(count, minLength, hashOf, sameKey) {
    const firsts = new FirstByHash(count);
    const repeats = [];
    const facts = { words: 0, letters: 0, excess: 0 };
    for (let index = 0; index < count; index++) {
        const hash = hashOf(index, facts);
        if (evidenceOf(facts.words, facts.letters, minLength) === 'none')
            continue;
        const earlier = firsts.firstOrAdd(hash, index);
        if (earlier >= 0 && sameKey(earlier, index))
            repeats.push({ echo: index, kept: earlier });
    }
    return repeats;
}
