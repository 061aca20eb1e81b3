import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  keyHash,
  sortedDistinct
} from "./chunk-FEN522F2.js";
import {
  evidenceOf,
  fingerprint,
  hashPlainWords,
  lineStartsOf,
  planEdits,
  segmentSentences,
  winnowHashes
} from "./chunk-XZDUXCZQ.js";

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

// src/core/text-hash.ts
function textHash(text, start, end) {
  let high = 2166136261;
  let low = end - start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, 16777619);
    low = Math.imul(low ^ code, 1540483477);
  }
  low ^= high >>> 13;
  return (high >>> 0) * 2097152 + (low >>> 0 & 2097151);
}

// src/core/summarize-document.ts
function summarizeDocument(doc, locale, minLength, sentences = true) {
  const keyHashes = [];
  const segmentBlocks = [];
  const segmentSentences2 = [];
  const segmentStarts = [];
  const segmentEnds = [];
  const segmentLines = [];
  const segmentColumns = [];
  const segmentTextHashes = [];
  const lineStarts = lineStartsOf(doc.text);
  let line = 0;
  const blockEvidence = new Uint8Array(doc.blocks.length);
  const blockSentences = new Int32Array(doc.blocks.length);
  const shingles = [];
  const add = (block, sentence, range, hashes, from, to) => {
    keyHashes.push(keyHash(hashes, from, to));
    segmentBlocks.push(block);
    segmentSentences2.push(sentence);
    segmentStarts.push(range.start);
    segmentEnds.push(range.end);
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= range.start) line++;
    segmentLines.push(line + 1);
    segmentColumns.push(range.start - lineStarts[line] + 1);
    segmentTextHashes.push(textHash(doc.text, range.start, range.end));
  };
  for (const model of doc.blocks) {
    const block = model.block.index;
    const hashes = model.wordHashes;
    for (const shingle of winnowHashes(hashes)) shingles.push(shingle);
    const whole = model.whole;
    blockEvidence[block] = whole.evidence === "none" ? 0 : 1;
    if (whole.evidence !== "none") add(block, -1, whole.range, hashes, 0, hashes.length);
    if (!sentences) continue;
    if (model.cut) {
      blockSentences[block] = model.sentences.length;
      for (const sentence of model.sentences) {
        if (sentence.evidence !== "none") add(block, sentence.sentence, sentence.range, hashes, sentence.firstWord, sentence.firstWord + sentence.fp.wordCount);
      }
    } else {
      const pieces = sentencesOf(doc.text, model, locale, minLength);
      blockSentences[block] = pieces.length;
      pieces.forEach((sentence, index) => {
        if (sentence.evidence) add(block, index, sentence.range, sentence.hashes, 0, sentence.hashes.length);
      });
    }
  }
  return {
    features: sortedDistinct(Int32Array.from(shingles)),
    keyHashes: Float64Array.from(keyHashes),
    segmentBlocks: Int32Array.from(segmentBlocks),
    segmentSentences: Int32Array.from(segmentSentences2),
    segmentStarts: Int32Array.from(segmentStarts),
    segmentEnds: Int32Array.from(segmentEnds),
    segmentLines: Int32Array.from(segmentLines),
    segmentColumns: Int32Array.from(segmentColumns),
    segmentTextHashes: Float64Array.from(segmentTextHashes),
    blockEvidence,
    blockSentences
  };
}
function sentencesOf(text, model, locale, minLength) {
  const ranges = segmentSentences(text, model.block.content, locale);
  if (ranges.length < 2) return [];
  return ranges.map((range) => {
    const plain = hashPlainWords(text, range.start, range.end);
    if (plain) return { range, hashes: plain.hashes, evidence: evidenceOf(plain.hashes.length, plain.letters, minLength) !== "none" };
    const sentence = text.slice(range.start, range.end);
    const hashes = [];
    const fp = fingerprint(sentence, hashes);
    return { range, hashes: Int32Array.from(hashes), evidence: evidenceOf(fp.wordCount, fp.letters, minLength) !== "none" };
  });
}

export {
  planBoilerplateRemoval,
  boilerplateCuts,
  keepsEvidence,
  textHash,
  summarizeDocument
};
