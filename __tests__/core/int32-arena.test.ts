import fc from 'fast-check';
import { Int32Arena } from '../../src/core/int32-arena.js';

describe('Int32Arena', () => {
  it('hands out arrays that hold what was written and never overlap, whatever their sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.nat(24)), { maxLength: 40 }), (chunk, asks) => {
        const arena = new Int32Arena(chunk);
        const made: { array: Int32Array; values: number[] }[] = [];
        asks.forEach(([length, extra], n) => {
          // A source longer than what is copied: only its first `count` entries are kept.
          const count = Math.min(length, extra);
          const source = Int32Array.from({ length }, (_, i) => n * 100 + i);
          made.push({ array: arena.copy(source, count), values: [...source.subarray(0, count)] });
          // The source is the caller's scratch: written over, the copy stays.
          source.fill(-1);
        });
        // Later arrays never wrote over earlier ones.
        for (const { array, values } of made) expect([...array]).toEqual(values);
      }),
      { numRuns: 500, seed: 1127 },
    );
  });
});
