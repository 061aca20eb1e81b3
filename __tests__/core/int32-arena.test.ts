import fc from 'fast-check';
import { Int32Arena } from '../../src/core/int32-arena.js';

describe('Int32Arena', () => {
  it('hands out arrays that hold what was written and never overlap, whatever their sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.nat(24)), { maxLength: 40 }), (chunk, asks) => {
        const arena = new Int32Arena(chunk);
        const made: { array: Int32Array; values: number[] }[] = [];
        asks.forEach(([most, extra], n) => {
          const count = Math.min(most, extra);
          const room = arena.room(most);
          expect(room.length).toBeGreaterThanOrEqual(most);
          const values = Array.from({ length: count }, (_, i) => n * 100 + i);
          values.forEach((value, i) => (room[i] = value));
          made.push({ array: arena.keep(room, count), values });
          const source = Int32Array.from(values, (value) => -value - 1);
          made.push({ array: arena.copy(source, count), values: values.map((value) => -value - 1) });
        });
        // Later arrays never wrote over earlier ones.
        for (const { array, values } of made) expect([...array]).toEqual(values);
      }),
      { numRuns: 500, seed: 1127 },
    );
  });
});
