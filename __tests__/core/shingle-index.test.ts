import fc from 'fast-check';
import { MIN_SHINGLED_WORDS, ShingleIndex, winnowHashes } from '../../src/core/shingle-index.js';
import { hashWord } from '../../src/core/fingerprint.js';

/** The winnowing rule written plainly: the smallest shingle of every window of three, first occurrences in order. */
function referenceWinnow(words: readonly number[]): number[] {
  const shingles: number[] = [];
  for (let i = 0; i + 3 <= words.length; i++) {
    shingles.push(Math.imul(Math.imul(words[i]!, 0x9e3779b1) ^ words[i + 1]!, 0x85ebca6b) ^ Math.imul(words[i + 2]!, 0xc2b2ae35));
  }
  if (shingles.length === 0) return [];
  if (shingles.length <= 3) return [Math.min(...shingles)];
  const kept = new Set<number>();
  for (let start = 0; start + 3 <= shingles.length; start++) kept.add(Math.min(...shingles.slice(start, start + 3)));
  return [...kept];
}

/** A seeded sequence of `length` word ids from `0` to `most`. */
function sequence(length: number, most: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % (most + 1);
  });
}

const words = (text: string): Int32Array => Int32Array.from(text.split(' '), (word) => hashWord(word));

describe('winnowHashes', () => {
  it('keeps the smallest shingle of every window, once each, in order of first occurrence', () => {
    // Few distinct words make repeated shingles, and long lists pass the in-place search limit.
    const lists = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 400 });
    fc.assert(
      fc.property(lists, (ids) => {
        expect(winnowHashes(ids)).toEqual(referenceWinnow(ids));
      }),
      { numRuns: 500, seed: 1127 },
    );
  });

  it('drops repeats from lists of every length, one after another (short, long, huge: past the table it reuses)', () => {
    const lists = [sequence(20, 5, 1), sequence(5_000, 300, 2), sequence(20, 5, 3), sequence(200_000, 100_000, 4), sequence(5_000, 300, 5), sequence(5_000, 300, 2)];
    expect(referenceWinnow(lists[3]!).length).toBeGreaterThan(1 << 15);
    for (const ids of lists) expect(winnowHashes(ids)).toEqual(referenceWinnow(ids));
  });

  it('finds a text of five words or more inside a longer one by a shared kept shingle', () => {
    const inner = 'the council approved the budget on tuesday night';
    const outer = `after a long debate ${inner} and the mayor left early`;
    expect(inner.split(' ').length).toBeGreaterThanOrEqual(MIN_SHINGLED_WORDS);
    const shared = winnowHashes(words(inner)).filter((shingle) => winnowHashes(words(outer)).includes(shingle));
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('ShingleIndex', () => {
  const collect = (index: ShingleIndex, shingles: readonly number[], near: number): Map<number, number> => {
    const found = new Map<number, number>();
    index.candidates(shingles, near, (block, shared) => found.set(block, shared));
    return found;
  };

  it('counts the shingles each block shares with a query', () => {
    const index = new ShingleIndex([[1, 2, 3], [2, 3], [9], []]);
    expect([...collect(index, [2, 3, 7], 0)]).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // Counts start from zero again for the next query.
    expect([...collect(index, [9, 1], 3)]).toEqual([
      [2, 1],
      [0, 1],
    ]);
  });

  it('reads only the first and the nearest blocks of a long posting list', () => {
    const blocks = Array.from({ length: 100 }, () => [5]);
    const found = collect(new ShingleIndex(blocks), [5], 60);
    expect([...found.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 56, 57, 58, 59, 60, 61, 62, 63]);
  });
});
