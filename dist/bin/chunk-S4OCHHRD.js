import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  keyHash,
  sortDistinctInPlace
} from "./chunk-YGGELWK2.js";
import {
  textHash
} from "./chunk-4QNSKDA7.js";
import {
  evidenceOf,
  fingerprint,
  hashPlainWords,
  lineStartsOf,
  planEdits,
  segmentSentences,
  winnowInto
} from "./chunk-YPCK34LZ.js";

// src/core/plan-boilerplate-removal.ts
function planBoilerplateRemoval(doc, segments) {
  const { removedBlocks, cutSentences } = boilerplateCuts(segments, (block) => doc.blocks[block].sentences.length);
  const removable = keepsEvidence(
    doc.blocks.map((model) => model.whole.evidence !== "none"),
    removedBlocks
  );
  if (!removable) return { removable, blocks: [], edits: [] };
  const plan = { removedBlocks, cutSentences, decisions: [] };
  return { removable, blocks: [...removedBlocks].sort((a, b) => a - b), edits: planEdits(doc, plan) };
}
function boilerplateCuts(segments, sentencesIn) {
  const removedBlocks = /* @__PURE__ */ new Set();
  const cutSentences = /* @__PURE__ */ new Map();
  for (const segment of segments) {
    if (segment.sentence < 0) {
      removedBlocks.add(segment.block);
      continue;
    }
    const cut = cutSentences.get(segment.block) ?? /* @__PURE__ */ new Set();
    cut.add(segment.sentence);
    cutSentences.set(segment.block, cut);
  }
  for (const [block, cut] of cutSentences) {
    if (cut.size < sentencesIn(block)) continue;
    cutSentences.delete(block);
    removedBlocks.add(block);
  }
  return { removedBlocks, cutSentences };
}
function keepsEvidence(evidence, removedBlocks) {
  for (let block = 0; block < evidence.length; block++) if (evidence[block] && !removedBlocks.has(block)) return true;
  return false;
}

// src/core/summarize-document.ts
function summarizeDocument(doc, locale, minLength, sentences = true) {
  const segments = new SegmentRows(doc.source);
  const blockCount = doc.blocks.length;
  blockScratch = roomFor(blockScratch, 2 * blockCount);
  const blocks = blockScratch.fill(0, 0, 2 * blockCount);
  let features = 0;
  for (const model of doc.blocks) {
    const block = model.block.index;
    const hashes = model.wordHashes;
    featureScratch = roomFor(featureScratch, features + hashes.length);
    features = winnowInto(hashes, featureScratch, features);
    const whole = model.whole;
    blocks[2 * block] = whole.evidence === "none" ? 0 : 1;
    if (whole.evidence !== "none") segments.add(block, -1, whole.range.start, whole.range.end, keyHash(hashes, 0, hashes.length));
    if (!sentences) continue;
    if (model.cut) {
      blocks[2 * block + 1] = model.sentences.length;
      for (const sentence of model.sentences) {
        if (sentence.evidence === "none") continue;
        const { start, end } = sentence.range;
        segments.add(block, sentence.sentence, start, end, keyHash(hashes, sentence.firstWord, sentence.firstWord + sentence.fp.wordCount));
      }
    } else blocks[2 * block + 1] = addSentencesOf(doc.text, model, locale, minLength, segments);
  }
  const featureCount = sortDistinctInPlace(featureScratch.subarray(0, features));
  return segments.summary(featureScratch.subarray(0, featureCount), blocks, blockCount);
}
var blockScratch = new Int32Array(512);
var featureScratch = new Int32Array(1 << 12);
function roomFor(array, length) {
  if (array.length >= length) return array;
  const grown = new array.constructor(Math.max(length, 2 * array.length));
  grown.set(array);
  return grown;
}
var INT_FIELDS = 6;
var HASH_FIELDS = 2;
var SegmentRows = class {
  constructor(text) {
    this.text = text;
    this.lineStarts = lineStartsOf(text);
  }
  text;
  count = 0;
  line = 0;
  lineStarts;
  add(block, sentence, start, end, key) {
    const { lineStarts } = this;
    while (this.line + 1 < lineStarts.length && lineStarts[this.line + 1] <= start) this.line++;
    intRows = roomFor(intRows, (this.count + 1) * INT_FIELDS);
    hashRows = roomFor(hashRows, (this.count + 1) * HASH_FIELDS);
    const at = this.count * INT_FIELDS;
    intRows[at] = block;
    intRows[at + 1] = sentence;
    intRows[at + 2] = start;
    intRows[at + 3] = end;
    intRows[at + 4] = this.line + 1;
    intRows[at + 5] = start - lineStarts[this.line] + 1;
    hashRows[this.count * HASH_FIELDS] = key;
    hashRows[this.count * HASH_FIELDS + 1] = textHash(this.text, start, end);
    this.count++;
  }
  /**
   * The summary with these segments, the features and the blocks' facts (evidence, sentences;
   * side by side), every array a view of one buffer: a folder's summaries are then a buffer
   * each (one transfer between threads, one object to collect), not eleven.
   */
  summary(features, blocks, blockCount) {
    const count = this.count;
    const buffer = new ArrayBuffer(HASH_FIELDS * 8 * count + 4 * (features.length + INT_FIELDS * count + blockCount) + blockCount);
    let offset = 0;
    const take = (Kind, length) => {
      const view = new Kind(buffer, offset, length);
      offset += view.byteLength;
      return view;
    };
    const hashColumn = (field) => {
      const column = take(Float64Array, count);
      for (let row = 0; row < count; row++) column[row] = hashRows[row * HASH_FIELDS + field];
      return column;
    };
    const intColumn = (field) => {
      const column = take(Int32Array, count);
      for (let row = 0; row < count; row++) column[row] = intRows[row * INT_FIELDS + field];
      return column;
    };
    const keyHashes = hashColumn(0);
    const segmentTextHashes = hashColumn(1);
    const featureView = take(Int32Array, features.length);
    featureView.set(features);
    const segmentBlocks = intColumn(0);
    const segmentSentences2 = intColumn(1);
    const segmentStarts = intColumn(2);
    const segmentEnds = intColumn(3);
    const segmentLines = intColumn(4);
    const segmentColumns = intColumn(5);
    const blockSentences = take(Int32Array, blockCount);
    const blockEvidence = take(Uint8Array, blockCount);
    for (let block = 0; block < blockCount; block++) {
      blockEvidence[block] = blocks[2 * block];
      blockSentences[block] = blocks[2 * block + 1];
    }
    return {
      features: featureView,
      keyHashes,
      segmentBlocks,
      segmentSentences: segmentSentences2,
      segmentStarts,
      segmentEnds,
      segmentLines,
      segmentColumns,
      segmentTextHashes,
      blockEvidence,
      blockSentences
    };
  }
};
var intRows = new Int32Array(INT_FIELDS * 256);
var hashRows = new Float64Array(HASH_FIELDS * 256);
function addSentencesOf(text, model, locale, minLength, segments) {
  const ranges = segmentSentences(text, model.block.content, locale, model.block.inline);
  if (ranges.length < 2) return 0;
  const ends = model.wordEnds;
  if (ends !== void 0) {
    const { offsets, letters } = ends;
    let first = 0;
    for (let sentence = 0; sentence < ranges.length; sentence++) {
      const { start, end } = ranges[sentence];
      let last = first;
      while (last < offsets.length && offsets[last] <= end) last++;
      const read = (last > 0 ? letters[last - 1] : 0) - (first > 0 ? letters[first - 1] : 0);
      if (evidenceOf(last - first, read, minLength) !== "none") segments.add(model.block.index, sentence, start, end, keyHash(model.wordHashes, first, last));
      first = last;
    }
    return ranges.length;
  }
  for (let sentence = 0; sentence < ranges.length; sentence++) {
    const { start, end } = ranges[sentence];
    const plain = hashPlainWords(text, start, end);
    let hashes;
    let evidence;
    if (plain) {
      hashes = plain.hashes;
      evidence = evidenceOf(plain.hashes.length, plain.letters, minLength) !== "none";
    } else {
      const words = [];
      const fp = fingerprint(text.slice(start, end), words);
      hashes = Int32Array.from(words);
      evidence = evidenceOf(fp.wordCount, fp.letters, minLength) !== "none";
    }
    if (evidence) segments.add(model.block.index, sentence, start, end, keyHash(hashes, 0, hashes.length));
  }
  return ranges.length;
}

export {
  planBoilerplateRemoval,
  boilerplateCuts,
  keepsEvidence,
  summarizeDocument
};
