import { shingleHash } from './shingle-index.js';

/** Flag of `blocksSharingShingles`: the block shares a word 3-gram with another block. */
export const SHARES_ACROSS = 1;
/** Flag of `blocksSharingShingles`: one of the block's word 3-grams occurs twice in it. */
export const REPEATS_WITHIN = 2;

/**
 * The hash table of documents up to `REUSED_SLOTS` slots, reused from one to the next:
 * allocating two typed arrays per document took half of this function's time. Larger
 * documents get their own, so one huge input does not pin its table.
 */
const REUSED_SLOTS = 1 << 16;
const reused = { shingles: new Int32Array(REUSED_SLOTS), owners: new Int32Array(REUSED_SLOTS) };

/**
 * Which blocks share a word 3-gram (by hash) with some other block, and which repeat one of
 * their own. Any two segments of different blocks that candidate search can pair share one:
 * equal keys mean the same four or more words, and shared kept shingles are shared 3-grams. So
 * a block with neither flag needs no candidate search, and its sentences are not compared with
 * one another either (the rule, not a consequence: a sentence repeated in its block with its
 * words glued differently shares no 3-gram, and is found neither there nor in another block).
 * In a scraped article most blocks are such unique prose.
 * @param wordHashes the word hashes of each block (empty for a block that is no evidence)
 * @returns per block, `SHARES_ACROSS` and `REPEATS_WITHIN` or'ed (0 for neither)
 */
export function blocksSharingShingles(wordHashes: readonly ArrayLike<number>[]): Uint8Array {
  const sharing = new Uint8Array(wordHashes.length);
  let total = 0;
  for (const words of wordHashes) total += Math.max(0, words.length - 2);
  let capacity = 16;
  while (capacity < total * 2) capacity *= 2;
  const mask = capacity - 1;
  // Per slot: the shingle, and the block that holds it plus one (0: free; -1: several blocks).
  const { shingles, owners } = capacity <= REUSED_SLOTS ? reused : { shingles: new Int32Array(capacity), owners: new Int32Array(capacity) };
  owners.fill(0, 0, capacity);
  wordHashes.forEach((words, block) => {
    for (let i = 0; i + 2 < words.length; i++) {
      const shingle = shingleHash(words[i]!, words[i + 1]!, words[i + 2]!);
      let slot = Math.imul(shingle, 0x9e3779b1) & mask;
      while (owners[slot] !== 0 && shingles[slot] !== shingle) slot = (slot + 1) & mask;
      const owner = owners[slot]!;
      if (owner === 0) {
        shingles[slot] = shingle;
        owners[slot] = block + 1;
      } else if (owner === block + 1) {
        sharing[block]! |= REPEATS_WITHIN;
      } else {
        if (owner > 0) sharing[owner - 1]! |= SHARES_ACROSS;
        sharing[block]! |= SHARES_ACROSS;
        owners[slot] = -1;
      }
    }
  });
  return sharing;
}
