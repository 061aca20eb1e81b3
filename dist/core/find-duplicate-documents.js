import { DisjointSets } from './disjoint-sets.js';
import { overlap } from './overlap.js';
import { PostingCounter } from './posting-counter.js';
import { FeaturePostings } from './feature-postings.js';
/**
 * Candidates are read with capped postings (see `ShingleIndex.candidates`), so a pair may be
 * seen from one side with only part of its shared shingles counted; this slack keeps it.
 */
const CANDIDATE_SLACK = 0.5;
/**
 * The smaller of two duplicates holds at least this share of the larger's shingles: a teaser
 * or a stub that quotes a story is not a copy of it.
 */
export const MIN_SIZE_RATIO = 0.5;
/**
 * Counts, for `counter`, the documents met in the lists of `groups` (a document's features that
 * stand in other documents too). A document that shares fewer than `needed` of the lists is no
 * candidate, so the short lists are read first, and once fewer lists remain than a document
 * first met then would still need, only documents already met are counted: the long lists of
 * boilerplate, read last, add none. Every document met in at least `needed` lists is counted
 * as a full read would count it (at 200 MB: 11.6 million documents met instead of 27 million,
 * the same candidates).
 * @param longLists scratch space, at least as long as `groups`
 */
export function readCandidates(postings, counter, groups, document, needed, longLists) {
    const { documents, groupStarts } = postings;
    // One list more than remain, a margin against rounding in the filter candidates then pass.
    let remaining = groups.length + 1;
    const readList = (group) => {
        const start = groupStarts[group];
        const end = groupStarts[group + 1];
        if (remaining-- >= needed)
            counter.read(documents, start, end, document);
        else
            counter.readMet(documents, start, end, document);
    };
    let longCount = 0;
    for (const group of groups) {
        if (PostingCounter.readsWhole(groupStarts[group + 1] - groupStarts[group]))
            readList(group);
        else
            longLists[longCount++] = group;
    }
    for (let i = 0; i < longCount; i++)
        readList(longLists[i]);
}
/**
 * Finds near-duplicate documents in time linear in the total number of features: candidates
 * come from the documents of their features with bounded reads (see `PostingCounter`; a
 * feature of one document alone adds none), pass a length and a shared-count filter, and
 * only then is their similarity computed: the share of the smaller document's shingles that
 * the other holds (so a copy with another site's header and footer still matches).
 * @param features per document, its kept shingle hashes, ascending, without repeats (see `summarizeDocument`)
 * @param threshold similarity (0–1) from which two documents are duplicates
 */
export function findDuplicateDocuments(features, threshold) {
    return groupDuplicates(features.length, duplicatePairs(new FeaturePostings(features), features, threshold, 0, features.length));
}
/**
 * The pairs of near-duplicate documents that the queries of documents `from` to `to` find (see
 * `findDuplicateDocuments`), each once, in no set order. Each document's query depends on no
 * other query (the counter starts over at each, and a pair verified once is only skipped, not
 * changed), so the queries can be split into ranges, run apart (on other threads) and their
 * pairs put together by `groupDuplicates`: the same pairs as one run. A pair one side's query
 * misses (it reads long lists only near its own document) may still come from the other side's.
 * @param postings the postings of `features`
 */
export function duplicatePairs(postings, features, threshold, from, to) {
    const counter = new PostingCounter(features.length);
    const verified = new Set();
    const pairs = [];
    // Read for every candidate (millions at 200 MB): a typed array, not each document's array.
    const sizes = Int32Array.from(features, (own) => own.length);
    let longLists = new Int32Array(0);
    for (let document = from; document < to; document++) {
        const own = features[document];
        const groups = postings.groupsOf(document);
        if (groups.length === 0)
            continue;
        if (longLists.length < groups.length)
            longLists = new Int32Array(groups.length);
        // A candidate passes the filters below only if it shares this many lists: the smaller of
        // the two holds at least MIN_SIZE_RATIO of this document's features.
        const needed = threshold * CANDIDATE_SLACK * MIN_SIZE_RATIO * own.length;
        readCandidates(postings, counter, groups, document, needed, longLists);
        const size = own.length;
        counter.visit((other, shared) => {
            if (other === document)
                return;
            const otherSize = sizes[other];
            const smaller = Math.min(size, otherSize);
            if (smaller < MIN_SIZE_RATIO * Math.max(size, otherSize))
                return;
            if (shared < threshold * smaller * CANDIDATE_SLACK)
                return;
            const a = Math.min(document, other);
            const b = Math.max(document, other);
            const key = a * features.length + b;
            if (verified.has(key))
                return;
            verified.add(key);
            const similarity = overlap(features[a], features[b]);
            if (similarity < threshold || similarity === 0)
                return;
            pairs.push({ a, b, similarity });
        });
    }
    return pairs;
}
/**
 * The duplicate groups of `count` documents from the pairs `duplicatePairs` found (over one or
 * several ranges: a pair found twice counts once).
 */
export function groupDuplicates(count, found) {
    const sorted = [...found].sort((x, y) => x.a - y.a || x.b - y.b);
    const pairs = sorted.filter((pair, at) => at === 0 || pair.a !== sorted[at - 1].a || pair.b !== sorted[at - 1].b);
    const sets = new DisjointSets(count);
    for (const { a, b } of pairs)
        sets.union(a, b);
    const groupOf = Array.from({ length: count }, (_, document) => sets.find(document));
    const members = new Map();
    groupOf.forEach((root, document) => {
        const list = members.get(root);
        if (list)
            list.push(document);
        else
            members.set(root, [document]);
    });
    const groups = [...members.values()].filter((list) => list.length > 1).sort((x, y) => x[0] - y[0]);
    return { groups, pairs, groupOf };
}
