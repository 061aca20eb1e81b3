import fc from 'fast-check';
import { FeaturePostings } from '../../src/core/feature-postings.js';

describe('FeaturePostings', () => {
  it('groups the documents of every feature found in two documents or more, and lists each document’s groups in feature order', () => {
    // Distinct features per document, ascending as summaries give them, from a range small
    // enough that many repeat across documents; negative ones too (the sort is signed).
    const documents = fc.array(
      fc.uniqueArray(fc.integer({ min: -5000, max: 5000 }), { maxLength: 300 }).map((own) => Int32Array.from(own).sort()),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(documents, (features) => {
        const holders = new Map<number, number[]>();
        features.forEach((own, document) => {
          for (const feature of own) holders.set(feature, [...(holders.get(feature) ?? []), document]);
        });
        const postings = new FeaturePostings(features);
        features.forEach((own, document) => {
          const expected = [...own].filter((feature) => holders.get(feature)!.length > 1).map((feature) => holders.get(feature)!);
          const groups = [...postings.groupsOf(document)];
          const found = groups.map((group) => [...postings.documents.subarray(postings.groupStarts[group]!, postings.groupStarts[group + 1]!)]);
          expect(found).toEqual(expected);
        });
      }),
      { numRuns: 200, seed: 1127 },
    );
  });

  it('orders features across the digits the sort reads in turn (the top 11 bits, then the low 11 and the 10 between)', () => {
    const edges = [-0x80000000, -(1 << 22) - 1, -(1 << 22), -2049, -2048, -1, 0, 2047, 2048, (1 << 22) - 1, 1 << 22, 0x7fffffff];
    const negative = edges.filter((feature) => feature < 0);
    const postings = new FeaturePostings([Int32Array.from(edges), Int32Array.from(edges), Int32Array.from(negative)]);
    // One group per feature, numbered in signed order: the negative ones come first.
    expect([...postings.groupsOf(0)]).toEqual(edges.map((_, group) => group));
    expect([...postings.groupsOf(2)]).toEqual(negative.map((_, group) => group));
  });

  it('sorts a bucket of features that share their top and low bits (too many to sort by insertion) on the bits between', () => {
    // 40 features 2,048 apart: one bucket of the first pass, one digit of the low 11 bits, each
    // in three documents; the first document holds them in reverse order of the other two.
    const spaced = Array.from({ length: 40 }, (_, i) => -1 - 2048 * i);
    const ascending = Int32Array.from(spaced).sort();
    const postings = new FeaturePostings([ascending, ascending, Int32Array.from(spaced.slice(0, 20)).sort()]);
    expect(postings.groupStarts.length - 1).toBe(40);
    const listOf = (group: number): number[] => [...postings.documents.subarray(postings.groupStarts[group]!, postings.groupStarts[group + 1]!)];
    // The third document holds the 20 largest.
    expect([...postings.groupsOf(0)].map(listOf)).toEqual(Array.from(ascending, (feature) => (feature >= spaced[19]! ? [0, 1, 2] : [0, 1])));
  });

  it('built in shared memory, holds the same arrays, and is rebuilt from them alone', () => {
    const features = [Int32Array.of(-7, 1, 5, 9), Int32Array.of(-7, 5, 12), Int32Array.of(1, 9, 12)];
    const plain = new FeaturePostings(features).arrays();
    const shared = new FeaturePostings(features, true).arrays();
    for (const array of Object.values(shared)) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Object.fromEntries(Object.entries(shared).map(([name, array]) => [name, [...array]]))).toEqual(Object.fromEntries(Object.entries(plain).map(([name, array]) => [name, [...array]])));
    expect([...new FeaturePostings(shared).groupsOf(1)]).toEqual([...new FeaturePostings(features).groupsOf(1)]);
  });

  it('sorts features across the whole 32-bit range, sign included', () => {
    const low = -0x80000000;
    const high = 0x7fffffff;
    const postings = new FeaturePostings([Int32Array.of(low, -1, 0, 65536, high), Int32Array.of(low, 0, high), Int32Array.of(-1, 65536, 65537)]);
    expect([...postings.groupsOf(0)].map((group) => [...postings.documents.subarray(postings.groupStarts[group]!, postings.groupStarts[group + 1]!)])).toEqual([
      [0, 1],
      [0, 2],
      [0, 1],
      [0, 2],
      [0, 1],
    ]);
    expect(postings.groupsOf(2).length).toBe(2);
  });
});
