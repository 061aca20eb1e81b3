import fc from 'fast-check';
import { findWords, findWordsByHash } from '../../src/core/find-words.js';
import { hashWord } from '../../src/core/fingerprint.js';

const words = fc.array(fc.constantFrom('a', 'b', 'c', 'the', 'cat'), { maxLength: 14 });

describe('findWordsByHash', () => {
  it('finds where findWords finds, from any start, and reads words only to confirm a place', () => {
    fc.assert(
      fc.property(words, words, fc.nat(16), fc.boolean(), (haystack, needle, from, clash) => {
        // With `clash`, every word hashes alike: each place is then a candidate the words must refute.
        const hash = (word: string): number => (clash ? 7 : hashWord(word));
        let reads = 0;
        const side = (list: string[]): { hashes: number[]; words: () => string[] } => ({
          hashes: list.map(hash),
          words: () => {
            reads++;
            return list;
          },
        });
        expect(findWordsByHash(side(haystack), side(needle), from)).toBe(findWords(haystack, needle, from));
        if (!clash && findWords(haystack, needle, from) < 0) expect(reads).toBe(0);
      }),
      { numRuns: 3000, seed: 1127 },
    );
  });
});
