import fc from 'fast-check';
import { repeatedFeatures } from '../../src/core/repeated-features.js';

describe('repeatedFeatures', () => {
  it('keeps every feature found in two documents or more, in order, and drops nearly all the others', () => {
    // Distinct features per document, from a range small enough that many repeat across documents.
    const documents = fc.array(fc.uniqueArray(fc.integer({ min: -5000, max: 5000 }), { maxLength: 300 }), { maxLength: 30 });
    let dropped = 0;
    let single = 0;
    fc.assert(
      fc.property(documents, (features) => {
        const count = new Map<number, number>();
        for (const own of features) for (const feature of own) count.set(feature, (count.get(feature) ?? 0) + 1);
        const kept = repeatedFeatures(features);
        features.forEach((own, document) => {
          const mine = [...kept[document]!];
          // In order: what is kept is a subsequence of the document's own list.
          expect(mine).toEqual(own.filter((feature) => mine.includes(feature)));
          for (const feature of own) {
            if (count.get(feature)! > 1) expect(mine).toContain(feature);
            else {
              single++;
              if (!mine.includes(feature)) dropped++;
            }
          }
        });
      }),
      { numRuns: 200, seed: 1127 },
    );
    expect(single).toBeGreaterThan(1000);
    expect(dropped / single).toBeGreaterThan(0.9);
  });

  it('gives empty lists for documents with nothing in common', () => {
    expect(repeatedFeatures([Int32Array.of(1, 2, 3), Int32Array.of(4, 5), Int32Array.of()]).map((list) => [...list])).toEqual([[], [], []]);
  });
});
