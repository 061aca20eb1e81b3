import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  PostingCounter
} from "./chunk-YPCK34LZ.js";

// src/core/feature-postings.ts
var FeaturePostings = class {
  /** Documents grouped by feature, each group in increasing order. */
  documents;
  /** Per group: where it starts in `documents`; one more entry, the end of the last. */
  groupStarts;
  /** Per document: where its groups start in `groups`; one more entry, the end of the last. */
  documentStarts;
  /** The groups of each document, in increasing order of feature (as signed integers). */
  groups;
  /**
   * @param source per document, its features without repeats; or the arrays of postings built
   *   before (see `arrays`), as another thread receives them
   * @param shared build the arrays in `SharedArrayBuffer`s, so other threads can read them where
   *   they are
   */
  constructor(source, shared = false) {
    const allocate = shared ? (length) => new Int32Array(new SharedArrayBuffer(4 * length)) : (length) => new Int32Array(length);
    const arrays = "groupStarts" in source ? source : buildPostings(source, allocate);
    this.documents = arrays.documents;
    this.groupStarts = arrays.groupStarts;
    this.documentStarts = arrays.documentStarts;
    this.groups = arrays.groups;
  }
  /** The groups of a document's features that stand in another document too. */
  groupsOf(document) {
    return this.groups.subarray(this.documentStarts[document], this.documentStarts[document + 1]);
  }
  /** Everything the postings hold, to build them again elsewhere (see the constructor). */
  arrays() {
    return { documents: this.documents, groupStarts: this.groupStarts, documentStarts: this.documentStarts, groups: this.groups };
  }
};
function buildPostings(features, allocate) {
  const { keys, owners } = sortPairs(features);
  let groupCount = 0;
  let entries = 0;
  forEachRun(keys, (start, end) => {
    groupCount++;
    entries += end - start;
  });
  const documents = allocate(entries);
  const groupStarts = allocate(groupCount + 1);
  const perDocument = new Int32Array(features.length + 1);
  let group = 0;
  let at = 0;
  forEachRun(keys, (start, end) => {
    groupStarts[group++] = at;
    for (let i = start; i < end; i++) {
      documents[at++] = owners[i];
      perDocument[owners[i] + 1]++;
    }
  });
  groupStarts[group] = at;
  for (let d = 0; d < features.length; d++) perDocument[d + 1] += perDocument[d];
  const documentStarts = allocate(perDocument.length);
  documentStarts.set(perDocument);
  const groups = allocate(entries);
  const cursor = perDocument;
  for (let g = 0; g < groupCount; g++) {
    for (let i = groupStarts[g]; i < groupStarts[g + 1]; i++) groups[cursor[documents[i]]++] = g;
  }
  return { documents, groupStarts, documentStarts, groups };
}
function forEachRun(keys, visit) {
  for (let start = 0; start < keys.length; ) {
    let end = start + 1;
    while (end < keys.length && keys[end] === keys[start]) end++;
    if (end - start > 1) visit(start, end);
    start = end;
  }
}
var BUCKETS = 1 << 11;
var SIGN = 1 << 10;
var INSERTION_MOST = 32;
function startsFromCounts(counts) {
  for (let b = 0, sum = 0; b < counts.length; b++) {
    const count = counts[b];
    counts[b] = sum;
    sum += count;
  }
}
function sortPairs(features) {
  const { keys, owners, bucketStarts } = spreadByTopBits(features);
  let largest = 0;
  for (let b = 0; b < BUCKETS; b++) largest = Math.max(largest, bucketStarts[b + 1] - bucketStarts[b]);
  const scratchKeys = new Int32Array(largest);
  const scratchOwners = new Int32Array(largest);
  const counts = new Int32Array(BUCKETS);
  for (let b = 0; b < BUCKETS; b++) {
    const start = bucketStarts[b];
    const end = bucketStarts[b + 1];
    if (end - start <= INSERTION_MOST) insertionSort(keys, owners, start, end);
    else {
      spreadByDigit(keys, owners, start, end, scratchKeys, scratchOwners, 0, 0, counts);
      spreadByDigit(scratchKeys, scratchOwners, 0, end - start, keys, owners, start, 11, counts);
    }
  }
  return { keys, owners };
}
function spreadByTopBits(features) {
  let total = 0;
  for (const own of features) total += own.length;
  const counts = new Int32Array(BUCKETS);
  for (const own of features) for (let i = 0; i < own.length; i++) counts[own[i] >>> 21 ^ SIGN]++;
  startsFromCounts(counts);
  const bucketStarts = new Int32Array(BUCKETS + 1);
  bucketStarts.set(counts);
  bucketStarts[BUCKETS] = total;
  const keys = new Int32Array(total);
  const owners = new Int32Array(total);
  features.forEach((own, document) => {
    for (let i = 0; i < own.length; i++) {
      const key = own[i];
      const to = counts[key >>> 21 ^ SIGN]++;
      keys[to] = key;
      owners[to] = document;
    }
  });
  return { keys, owners, bucketStarts };
}
function spreadByDigit(keys, owners, start, end, toKeys, toOwners, at, shift, counts) {
  counts.fill(0);
  for (let i = start; i < end; i++) counts[keys[i] >>> shift & BUCKETS - 1]++;
  startsFromCounts(counts);
  for (let i = start; i < end; i++) {
    const to = at + counts[keys[i] >>> shift & BUCKETS - 1]++;
    toKeys[to] = keys[i];
    toOwners[to] = owners[i];
  }
}
function insertionSort(keys, owners, start, end) {
  for (let i = start + 1; i < end; i++) {
    const key = keys[i];
    const owner = owners[i];
    let j = i - 1;
    while (j >= start && keys[j] > key) {
      keys[j + 1] = keys[j];
      owners[j + 1] = owners[j];
      j--;
    }
    keys[j + 1] = key;
    owners[j + 1] = owner;
  }
}

// src/core/disjoint-sets.ts
var DisjointSets = class {
  parent;
  constructor(size) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  /** The smallest item of the set holding `item`. */
  find(item) {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root];
    for (let at = item; this.parent[at] !== root; ) {
      const next = this.parent[at];
      this.parent[at] = root;
      at = next;
    }
    return root;
  }
  /** Joins the sets of `a` and `b`. */
  union(a, b) {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA < rootB) this.parent[rootB] = rootA;
    else if (rootB < rootA) this.parent[rootA] = rootB;
  }
};

// src/core/overlap.ts
function overlap(a, b) {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : shared / smaller;
}

// src/core/find-duplicate-documents.ts
var CANDIDATE_SLACK = 0.5;
var MIN_SIZE_RATIO = 0.5;
function readCandidates(postings, counter, groups, document, needed, longLists) {
  const { documents, groupStarts } = postings;
  let remaining = groups.length + 1;
  const readList = (group) => {
    const start = groupStarts[group];
    const end = groupStarts[group + 1];
    if (remaining-- >= needed) counter.read(documents, start, end, document);
    else counter.readMet(documents, start, end, document);
  };
  let longCount = 0;
  for (const group of groups) {
    if (PostingCounter.readsWhole(groupStarts[group + 1] - groupStarts[group])) readList(group);
    else longLists[longCount++] = group;
  }
  for (let i = 0; i < longCount; i++) readList(longLists[i]);
}
function findDuplicateDocuments(features, threshold) {
  return groupDuplicates(features.length, duplicatePairs(new FeaturePostings(features), features, threshold, 0, features.length));
}
function duplicatePairs(postings, features, threshold, from, to) {
  const counter = new PostingCounter(features.length);
  const verified = /* @__PURE__ */ new Set();
  const pairs = [];
  const sizes = Int32Array.from(features, (own) => own.length);
  let longLists = new Int32Array(0);
  for (let document = from; document < to; document++) {
    const own = features[document];
    const groups = postings.groupsOf(document);
    if (groups.length === 0) continue;
    if (longLists.length < groups.length) longLists = new Int32Array(groups.length);
    const needed = threshold * CANDIDATE_SLACK * MIN_SIZE_RATIO * own.length;
    readCandidates(postings, counter, groups, document, needed, longLists);
    const size = own.length;
    counter.visit((other, shared) => {
      if (other === document) return;
      const otherSize = sizes[other];
      const smaller = Math.min(size, otherSize);
      if (smaller < MIN_SIZE_RATIO * Math.max(size, otherSize)) return;
      if (shared < threshold * smaller * CANDIDATE_SLACK) return;
      const a = Math.min(document, other);
      const b = Math.max(document, other);
      const key = a * features.length + b;
      if (verified.has(key)) return;
      verified.add(key);
      const similarity = overlap(features[a], features[b]);
      if (similarity < threshold || similarity === 0) return;
      pairs.push({ a, b, similarity });
    });
  }
  return pairs;
}
function groupDuplicates(count, found) {
  const sorted = [...found].sort((x, y) => x.a - y.a || x.b - y.b);
  const pairs = sorted.filter((pair, at) => at === 0 || pair.a !== sorted[at - 1].a || pair.b !== sorted[at - 1].b);
  const sets = new DisjointSets(count);
  for (const { a, b } of pairs) sets.union(a, b);
  const groupOf = Array.from({ length: count }, (_, document) => sets.find(document));
  const members = /* @__PURE__ */ new Map();
  groupOf.forEach((root, document) => {
    const list = members.get(root);
    if (list) list.push(document);
    else members.set(root, [document]);
  });
  const groups = [...members.values()].filter((list) => list.length > 1).sort((x, y) => x[0] - y[0]);
  return { groups, pairs, groupOf };
}

export {
  FeaturePostings,
  findDuplicateDocuments,
  duplicatePairs,
  groupDuplicates
};
