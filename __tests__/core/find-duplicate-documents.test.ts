import fc from 'fast-check';
import { FeaturePostings } from '../../src/core/feature-postings.js';
import { duplicatePairs, findDuplicateDocuments, groupDuplicates, readCandidates } from '../../src/core/find-duplicate-documents.js';
import { PostingCounter } from '../../src/core/posting-counter.js';

/** Distinct features per document, ascending, from a range small enough that many recur. */
const documents = fc.array(
  fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 120 }).map((own) => Int32Array.from(own).sort()),
  { minLength: 1, maxLength: 60 },
);

/** Every document a counter met since its last visit, with its count. */
function counted(counter: PostingCounter): Map<number, number> {
  const found = new Map<number, number>();
  counter.visit((block, shared) => found.set(block, shared));
  return found;
}

describe('PostingCounter.readMet', () => {
  it('counts only the blocks met since the last visit', () => {
    const counter = new PostingCounter(6);
    counter.read(Int32Array.of(1, 3), 0, 2, 0);
    counter.readMet(Int32Array.of(0, 1, 2, 3, 5), 0, 5, 0);
    expect([...counted(counter)]).toEqual([
      [1, 2],
      [3, 2],
    ]);
    counter.readMet(Int32Array.of(1, 3), 0, 2, 0);
    expect(counted(counter).size).toBe(0);
  });
});

describe('readCandidates', () => {
  it('counts every document met in at least `needed` lists as reading all lists would', () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.integer({ min: 0, max: 130 }), (features, pick, needed) => {
        const postings = new FeaturePostings(features);
        const document = pick % features.length;
        const groups = postings.groupsOf(document);
        const full = new PostingCounter(features.length);
        for (const group of groups) full.read(postings.documents, postings.groupStarts[group]!, postings.groupStarts[group + 1]!, document);
        const pruned = new PostingCounter(features.length);
        readCandidates(postings, pruned, groups, document, needed, new Int32Array(groups.length));
        const all = counted(full);
        const kept = counted(pruned);
        for (const [block, shared] of all) if (shared >= needed) expect(kept.get(block)).toBe(shared);
        // Nothing is counted that a full read would not count, nor counted higher.
        for (const [block, shared] of kept) expect(shared).toBeLessThanOrEqual(all.get(block)!);
      }),
      { numRuns: 300, seed: 1127 },
    );
  });
});

describe('findDuplicateDocuments', () => {
  it('pairs documents that share most of their features, whatever else a folder holds', () => {
    // A story, its copy with another site's header, and unrelated pages that share only a
    // boilerplate footer with everything.
    const footer = Array.from({ length: 30 }, (_, i) => 10_000 + i);
    const story = Array.from({ length: 200 }, (_, i) => i * 7);
    const page = (own: number[]): Int32Array => Int32Array.from(new Set([...own, ...footer])).sort();
    const unrelated = Array.from({ length: 40 }, (_, d) => page(Array.from({ length: 150 }, (_, i) => 50_000 + d * 1000 + i)));
    const features = [...unrelated.slice(0, 20), page(story), ...unrelated.slice(20), page([...story.slice(5), 90_001, 90_002, 90_003])];
    const search = findDuplicateDocuments(features, 0.8);
    expect(search.pairs.map(({ a, b }) => [a, b])).toEqual([[20, 41]]);
    expect(search.groups).toEqual([[20, 41]]);
  });
});

describe('duplicatePairs over ranges', () => {
  // Near copies: each document is a base with a few features swapped, so groups span the ranges.
  const families = fc.array(
    fc.tuple(fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 10, maxLength: 80 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })),
    { minLength: 1, maxLength: 20 },
  );
  const copiesOf = (base: number[], copies: number, swaps: number): Int32Array[] =>
    Array.from({ length: copies }, (_, copy) => Int32Array.from(new Set(base.map((value, at) => (at < swaps * copy ? value + 6000 + copy : value)))).sort());

  it('split at any document and put together, finds the pairs and groups of one run, from postings built again', () => {
    fc.assert(
      fc.property(families, fc.nat(), (made, cut) => {
        const features = made.flatMap(([base, copies, swaps]) => copiesOf(base, copies, swaps));
        const whole = findDuplicateDocuments(features, 0.8);
        const postings = new FeaturePostings(features);
        // As another thread receives them: the arrays alone.
        const rebuilt = new FeaturePostings(postings.arrays());
        const at = cut % (features.length + 1);
        const pairs = [...duplicatePairs(rebuilt, features, 0.8, at, features.length), ...duplicatePairs(postings, features, 0.8, 0, at)];
        expect(groupDuplicates(features.length, pairs)).toEqual(whole);
      }),
      { numRuns: 300, seed: 1127 },
    );
    // The families make duplicates to find.
    const sample = copiesOf(Array.from({ length: 40 }, (_, i) => i * 7), 3, 1);
    expect(findDuplicateDocuments(sample, 0.8).groups).toEqual([[0, 1, 2]]);
  });
});
