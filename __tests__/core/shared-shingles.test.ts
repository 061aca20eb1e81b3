import fc from 'fast-check';
import { blocksSharingShingles, REPEATS_WITHIN, SHARES_ACROSS } from '../../src/core/shared-shingles.js';
import { shingleHash } from '../../src/core/shingle-index.js';
import { hashWord } from '../../src/core/fingerprint.js';

const words = (text: string): Int32Array => Int32Array.from(text.split(' '), (word) => hashWord(word));

/**
 * The rule written plainly: a block shares when one of its 3-gram hashes is in another block,
 * and repeats when one stands twice in it.
 */
function reference(blocks: readonly (readonly number[])[]): number[] {
  const lists = blocks.map((ids) => {
    const list: number[] = [];
    for (let i = 0; i + 2 < ids.length; i++) list.push(shingleHash(ids[i]!, ids[i + 1]!, ids[i + 2]!));
    return list;
  });
  return lists.map((list, block) => {
    const across = lists.some((other, b) => b !== block && list.some((h) => other.includes(h)));
    const within = new Set(list).size < list.length;
    return (across ? SHARES_ACROSS : 0) | (within ? REPEATS_WITHIN : 0);
  });
}

describe('blocksSharingShingles', () => {
  it('marks the blocks that share three words in a row with another block, and those that repeat three of their own', () => {
    const sharing = blocksSharingShingles([
      words('yesterday the council approved the budget after a long night'),
      words('residents had asked for more money for the libraries'),
      words('in short the council approved the plan'),
      // Repeats its own words only: that is no reason to look elsewhere, but its sentences may repeat each other.
      words('one two three one two three'),
      words('the council'),
    ]);
    expect([...sharing]).toEqual([SHARES_ACROSS, 0, SHARES_ACROSS, REPEATS_WITHIN, 0]);
  });

  it('agrees with the plain rule on random word sequences', () => {
    // Few distinct words, so blocks often share 3-grams; some blocks have fewer than three words.
    const block = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        expect([...blocksSharingShingles(blocks)]).toEqual(reference(blocks));
      }),
      { numRuns: 300, seed: 1127 },
    );
  });
});
