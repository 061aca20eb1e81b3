import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  planBoilerplateRemoval,
  summarizeDocument
} from "./chunk-KOSOYMOE.js";
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-3KMJ3VFG.js";
import "./chunk-YGGELWK2.js";
import "./chunk-GOTEZVKL.js";
import {
  applyEdits,
  buildDocument
} from "./chunk-WBTPHGAA.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";

// src/core/merge-removals.ts
function mergeRemovals(text, edits) {
  const sorted = edits.map((edit) => edit.range).sort((x, y) => x.start - y.start || x.end - y.end);
  const joined = [];
  for (const range of sorted) {
    const previous = joined[joined.length - 1];
    if (previous !== void 0 && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else joined.push({ start: range.start, end: range.end });
  }
  for (let last = joined.pop(); last !== void 0; last = joined.pop()) {
    if (text.slice(last.end).trim() === "") {
      while (last.start > 0 && /\s/.test(text[last.start - 1])) last.start--;
    }
    const before = joined[joined.length - 1];
    if (before === void 0 || last.start > before.end) {
      joined.push(last);
      break;
    }
    before.end = last.end;
  }
  return joined.map((range) => ({ range, text: "" }));
}

// src/cli/clean-with-request.ts
function engineBlocks(blocks, gone) {
  if (gone.length === 0) return blocks;
  const goneSet = new Set(gone);
  return blocks.filter((block) => !goneSet.has(block.index)).map((block, index) => ({ ...block, index }));
}
function cleanWithRequest(text, blocks, options, request) {
  if (request.boilerplate !== void 0 && request.boilerplate.length > 0) {
    const removal = planBoilerplateRemoval(buildDocument(text, blocks, options.locale, options.minLength, "all"), request.boilerplate);
    const result2 = cleanBlocks(text, engineBlocks(blocks, removal.blocks), options);
    return { result: result2, text: applyEdits(text, mergeRemovals(text, [...result2.edits, ...removal.edits])) };
  }
  const sentences = options.unit !== "paragraph";
  const keepWordEnds = request.summary !== void 0 && sentences;
  const doc = buildDocument(text, blocks, options.locale, options.minLength, request.summary === "alone" ? "none" : "shared", keepWordEnds);
  const summarize = () => summarizeDocument(doc, options.locale, options.minLength, sentences);
  if (request.summary === "alone") return { text, summary: summarize() };
  const result = cleanDocument(doc, options);
  return { result, text: result.text, ...request.summary === "with-cleaning" ? { summary: summarize() } : {} };
}
export {
  cleanWithRequest
};
