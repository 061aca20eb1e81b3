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
const MIN_SIZE_RATIO = 0.5;
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
    const postings = new FeaturePostings(features);
    const counter = new PostingCounter(features.length);
    const sets = new DisjointSets(features.length);
    const verified = new Set();
    const pairs = [];
    features.forEach((own, document) => {
        const groups = postings.groupsOf(document);
        if (groups.length === 0)
            return;
        for (const group of groups)
            counter.read(postings.documents, postings.groupStarts[group], postings.groupStarts[group + 1], document);
        counter.visit((other, shared) => {
            if (other === document)
                return;
            const smaller = Math.min(own.length, features[other].length);
            if (smaller < MIN_SIZE_RATIO * Math.max(own.length, features[other].length))
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
            sets.union(a, b);
        });
    });
    pairs.sort((x, y) => x.a - y.a || x.b - y.b);
    const groupOf = features.map((_, document) => sets.find(document));
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
