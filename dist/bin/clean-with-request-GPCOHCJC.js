import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  planBoilerplateRemoval,
  summarizeDocument
} from "./chunk-S4OCHHRD.js";
import {
  cleanBlocks,
  cleanDocument
} from "./chunk-L75HCZB7.js";
import "./chunk-YGGELWK2.js";
import "./chunk-63U2FMRZ.js";
import {
  mergeRemovals
} from "./chunk-4QNSKDA7.js";
import {
  applyEdits,
  buildDocument,
  withoutInert
} from "./chunk-YPCK34LZ.js";
import "./chunk-QYCRUTXL.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-3OOOJW5O.js";

// src/cli/clean-with-request.ts
function engineBlocks(blocks, gone) {
  if (gone.length === 0) return blocks;
  const goneSet = new Set(gone);
  return blocks.filter((block) => !goneSet.has(block.index)).map((block, index) => ({ ...block, index }));
}
function cleanWithRequest(text, parsed, options, request) {
  const blocks = withoutInert(parsed);
  if (request.boilerplate !== void 0 && request.boilerplate.length > 0) {
    const removal = planBoilerplateRemoval(buildDocument(text, blocks, options.locale, options.minLength, "all"), request.boilerplate);
    const engine = cleanBlocks(text, engineBlocks(blocks, removal.blocks), options);
    const edits = mergeRemovals(text, [...engine.edits, ...removal.edits]);
    const cleaned = applyEdits(text, edits);
    const stats = { ...engine.stats, removedChars: text.length - cleaned.length };
    return { result: { ...engine, text: cleaned, changed: cleaned !== text, edits, stats }, text: cleaned };
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
