import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  FeaturePostings,
  duplicatePairs
} from "./chunk-WZMS3J6H.js";
import {
  nodeIo
} from "./chunk-SSYYQPOH.js";
import {
  cleanRecord,
  processFile
} from "./chunk-CUD3X4TB.js";
import "./chunk-4QNSKDA7.js";
import "./chunk-YPCK34LZ.js";
import "./chunk-QYCRUTXL.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-AYPY727O.js";
import "./chunk-3OOOJW5O.js";

// src/cli/clean-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { settings, mode, outDir } = workerData;
var ctx = { io: nodeIo(), mode, settings, outDir };
function featuresOf({ featureValues, featureStarts }) {
  return Array.from({ length: featureStarts.length - 1 }, (_, document) => featureValues.subarray(featureStarts[document], featureStarts[document + 1]));
}
function searchShare(job) {
  const { postings, threshold, from, to } = job;
  const pairs = duplicatePairs(new FeaturePostings(postings), featuresOf(job), threshold, from, to);
  return {
    a: Int32Array.from(pairs, (pair) => pair.a),
    b: Int32Array.from(pairs, (pair) => pair.b),
    similarity: Float64Array.from(pairs, (pair) => pair.similarity)
  };
}
async function doBatch(request) {
  try {
    if ("duplicates" in request) return { id: request.id, pairs: searchShare(request.duplicates) };
    if ("postings" in request) return { id: request.id, postings: new FeaturePostings(featuresOf(request.postings), true).arrays() };
    if ("files" in request) {
      const outcomes = [];
      for (const file of request.files) outcomes.push(await processFile(ctx, file));
      return { id: request.id, outcomes };
    }
    const cleaned = [];
    for (const { path, text, bom, request: cleanRequest } of request.records) {
      const result = await cleanRecord({ path, text, bom, absolute: void 0, mode: 0, hardLinks: 1 }, settings, cleanRequest);
      const { summary, textHash } = result;
      cleaned.push({ changes: result.changes, ...result.changed ? { after: result.after } : {}, ...summary ? { summary } : {}, ...textHash === void 0 ? {} : { textHash } });
    }
    return { id: request.id, cleaned };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
function transferables(reply) {
  if ("pairs" in reply) return [reply.pairs.a.buffer, reply.pairs.b.buffer, reply.pairs.similarity.buffer];
  if (!("cleaned" in reply)) return [];
  const buffers = reply.cleaned.flatMap(({ summary }) => summary ? Object.values(summary).map((array) => array.buffer) : []);
  return [...new Set(buffers)];
}
var queue = Promise.resolve();
parentPort?.on("message", (request) => {
  queue = queue.then(async () => {
    const reply = await doBatch(request);
    parentPort?.postMessage(reply, transferables(reply));
  });
});
