import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  POOL_MIN_BYTES,
  batchChars,
  forcedWorkers,
  mapInOrder,
  startWorkerPool,
  workerCount
} from "./chunk-DQNQFJJ2.js";
import {
  boilerplateCuts,
  keepsEvidence
} from "./chunk-S4OCHHRD.js";
import "./chunk-YGGELWK2.js";
import {
  concat,
  readInOrder,
  resolveAnalyzeOptions
} from "./chunk-S6QMHARY.js";
import {
  FeaturePostings,
  duplicatePairs,
  findDuplicateDocuments,
  groupDuplicates
} from "./chunk-WZMS3J6H.js";
import {
  cleanRecord,
  finishRecord,
  isWithin,
  processRecord,
  readFile
} from "./chunk-CUD3X4TB.js";
import {
  textHash
} from "./chunk-4QNSKDA7.js";
import {
  fingerprint,
  fingerprintBlock
} from "./chunk-YPCK34LZ.js";
import "./chunk-QYCRUTXL.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-AYPY727O.js";
import "./chunk-3OOOJW5O.js";

// src/core/find-boilerplate.ts
function findBoilerplate(summaries, groupOf, minFiles, keyOf, frequent = hashesInFiles(summaries, minFiles)) {
  const byKey = /* @__PURE__ */ new Map();
  summaries.forEach((summary, file) => {
    summary.keyHashes.forEach((hash, segment) => {
      if (!frequent.has(hash)) return;
      const occurrence = { file, segment };
      const key = keyOf(occurrence);
      if (key === void 0) return;
      const list = byKey.get(key);
      if (list) list.push(occurrence);
      else byKey.set(key, [occurrence]);
    });
  });
  const common = /* @__PURE__ */ new Map();
  for (const [key, list] of byKey) {
    const groups = new Set(list.map((occurrence) => groupOf[occurrence.file]));
    if (groups.size >= minFiles) common.set(key, new Set(list.map((occurrence) => occurrence.file)).size);
  }
  const wholeBlocks = /* @__PURE__ */ new Map();
  for (const key of common.keys()) {
    for (const { file, segment } of byKey.get(key)) {
      if (summaries[file].segmentSentences[segment] >= 0) continue;
      let blocks = wholeBlocks.get(file);
      if (!blocks) wholeBlocks.set(file, blocks = /* @__PURE__ */ new Set());
      blocks.add(summaries[file].segmentBlocks[segment]);
    }
  }
  const startOf = ({ file, segment }) => summaries[file].segmentStarts[segment];
  const endOf = ({ file, segment }) => summaries[file].segmentEnds[segment];
  const found = [];
  for (const [key, files] of common) {
    const occurrences = byKey.get(key).filter(({ file, segment }) => {
      const summary = summaries[file];
      return summary.segmentSentences[segment] < 0 || !wholeBlocks.get(file)?.has(summary.segmentBlocks[segment]);
    });
    occurrences.sort((x, y) => x.file - y.file || startOf(x) - startOf(y));
    if (occurrences.length > 0) found.push({ key, files, occurrences });
  }
  const first = (entry) => entry.occurrences[0];
  return found.sort(
    (x, y) => first(x).file - first(y).file || startOf(first(x)) - startOf(first(y)) || endOf(first(x)) - endOf(first(y)) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)
  );
}
function hashesInFiles(summaries, minFiles) {
  let total = 0;
  for (const summary of summaries) total += summary.keyHashes.length;
  let capacity = 16;
  while (capacity < 2 * total) capacity *= 2;
  const mask = capacity - 1;
  const hashes = new Float64Array(capacity);
  const lastFile = new Int32Array(capacity).fill(-1);
  const files = new Int32Array(capacity);
  const frequent = /* @__PURE__ */ new Set();
  const threshold = Math.max(1, Math.ceil(minFiles));
  summaries.forEach((summary, file) => {
    for (const hash of summary.keyHashes) {
      let slot = (hash | 0) & mask;
      while (lastFile[slot] >= 0 && hashes[slot] !== hash) slot = slot + 1 & mask;
      if (lastFile[slot] === file) continue;
      hashes[slot] = hash;
      lastFile[slot] = file;
      if (++files[slot] === threshold) frequent.add(hash);
    }
  });
  return frequent;
}

// src/core/analyze-files.ts
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : (a.text ?? "") < (b.text ?? "") ? -1 : (a.text ?? "") > (b.text ?? "") ? 1 : 0;
function analyzeSummaries(files, options = {}, quote, frequent, duplicates) {
  const resolved = resolveAnalyzeOptions(options);
  const order = pathOrder(files);
  const sorted = order.map((index) => files[index]);
  const summaries = sorted.map((file) => file.summary);
  const search = duplicates ?? findDuplicateDocuments(
    summaries.map((summary) => summary.features),
    resolved.duplicateThreshold
  );
  const quoteSorted = (file, segment) => {
    const { text, summary } = sorted[file];
    if (text !== void 0) return text.slice(summary.segmentStarts[segment], summary.segmentEnds[segment]);
    return quote?.(order[file], segment);
  };
  const keyOf = keysByText(sorted, resolved.locale, quoteSorted);
  const keys = findBoilerplate(summaries, search.groupOf, resolved.minFiles, keyOf, frequent ?? hashesInFiles(summaries, resolved.minFiles));
  const places = placesByFile(summaries, keys);
  const removable = /* @__PURE__ */ new Map();
  for (const [file, list] of places) if (keepsSomething(summaries[file], list)) removable.set(order[file], list);
  return {
    boilerplate: describeBoilerplate(sorted, keys, (file) => removable.has(order[file]), quoteSorted),
    duplicates: describeDuplicates(sorted, search),
    removable
  };
}
function pathOrder(files) {
  return files.map((_, index) => index).sort((a, b) => byPath(files[a], files[b]) || a - b);
}
function frequentKeys(files, minFiles) {
  return hashesInFiles(files.map((file) => file.summary), minFiles);
}
function segmentsToQuote(files, frequent, skip = /* @__PURE__ */ new Set()) {
  const order = pathOrder(files);
  const named = /* @__PURE__ */ new Set();
  const found = [];
  for (const file of order) {
    if (skip.has(file)) continue;
    const { keyHashes, segmentTextHashes } = files[file].summary;
    keyHashes.forEach((hash, segment) => {
      if (!frequent.has(hash) || named.has(segmentTextHashes[segment])) return;
      named.add(segmentTextHashes[segment]);
      found.push({ file, segment });
    });
  }
  return found;
}
function keysByText(files, locale, quote) {
  const known = /* @__PURE__ */ new Map();
  return ({ file, segment }) => {
    const { summary } = files[file];
    const text = quote(file, segment);
    if (text === void 0) return void 0;
    const sentence = summary.segmentSentences[segment] >= 0;
    const raw = (sentence ? "s" : "b") + text;
    let key = known.get(raw);
    if (key === void 0) {
      key = sentence ? fingerprint(text).key : fingerprintBlock(text, { start: 0, end: text.length }, locale).whole.key;
      known.set(raw, key);
    }
    return key;
  };
}
function placesByFile(summaries, keys) {
  const places = /* @__PURE__ */ new Map();
  for (const { occurrences } of keys) {
    for (const { file, segment } of occurrences) {
      const summary = summaries[file];
      const place = { block: summary.segmentBlocks[segment], sentence: summary.segmentSentences[segment] };
      const list = places.get(file);
      if (list) list.push(place);
      else places.set(file, [place]);
    }
  }
  for (const list of places.values()) list.sort((a, b) => a.block - b.block || a.sentence - b.sentence);
  return new Map([...places].sort(([a], [b]) => a - b));
}
function keepsSomething(summary, places) {
  const { removedBlocks } = boilerplateCuts(places, (block) => summary.blockSentences[block]);
  return keepsEvidence(summary.blockEvidence, removedBlocks);
}
function describeBoilerplate(files, keys, removable, quote) {
  return keys.map(({ key, files: count, occurrences }) => {
    const places = occurrences.map(({ file, segment }) => {
      const { path, summary } = files[file];
      return {
        path,
        unit: summary.segmentSentences[segment] < 0 ? "paragraph" : "sentence",
        block: summary.segmentBlocks[segment],
        removable: removable(file),
        start: summary.segmentStarts[segment],
        end: summary.segmentEnds[segment],
        // findBoilerplate kept only the occurrences whose text could be had.
        text: quote(file, segment),
        line: summary.segmentLines[segment],
        column: summary.segmentColumns[segment]
      };
    });
    const unit = places.every((place) => place.unit === "paragraph") ? "paragraph" : "sentence";
    return { unit, key, text: places[0].text, files: count, places };
  });
}
function describeDuplicates(files, search) {
  const round = (value) => Math.round(value * 1e4) / 1e4;
  const pairsOf = /* @__PURE__ */ new Map();
  for (const pair of search.pairs) {
    const root = search.groupOf[pair.a];
    const list = pairsOf.get(root) ?? [];
    list.push({ a: files[pair.a].path, b: files[pair.b].path, similarity: round(pair.similarity) });
    pairsOf.set(root, list);
  }
  return search.groups.map((group) => ({
    members: group.map((file) => files[file].path),
    pairs: pairsOf.get(group[0]) ?? []
  }));
}

// src/cli/read-ahead.ts
import { availableParallelism } from "node:os";
async function readAhead(env, items, bytesOf) {
  const forced = forcedWorkers(env);
  const head = [];
  let bytes = 0;
  while (forced === void 0 && bytes < POOL_MIN_BYTES) {
    const step = await items.next();
    if (step.done === true) break;
    head.push(step.value);
    bytes += bytesOf(step.value);
  }
  return { head, workers: forced ?? workerCount(bytes, availableParallelism()) };
}

// src/cli/clean-each.ts
var BATCH_CHARS = 256 * 1024;
async function cleanEach(ctx, records, requestOf, onCleaned) {
  const stream = streamOf(records);
  const { head, workers } = await readAhead(ctx.io.env, stream, (record) => Buffer.byteLength(record.text, "utf8"));
  const pool = startWorkerPool(workers, { settings: ctx.settings, mode: ctx.mode, outDir: ctx.outDir });
  try {
    const clean = pool?.clean ?? cleanHere(ctx);
    const rest = { [Symbol.asyncIterator]: () => stream };
    await inBatches(clean, batchChars(ctx.io.env, BATCH_CHARS), 2 * Math.max(workers, 1) + 1, concat(head, rest), requestOf, onCleaned);
  } finally {
    await pool?.close();
  }
}
async function* streamOf(items) {
  yield* items;
}
function cleanHere(ctx) {
  return async (records, requests) => {
    const cleaned = [];
    for (const [index, record] of records.entries()) cleaned.push(await cleanRecord(record, ctx.settings, requests[index]));
    return cleaned;
  };
}
async function inBatches(clean, chars, inFlight, records, requestOf, onCleaned) {
  const running = /* @__PURE__ */ new Set();
  const send = (batch2) => {
    const done = (async () => {
      const cleaned = await clean(batch2, batch2.map(requestOf));
      for (const [at, record] of batch2.entries()) await onCleaned(record, cleaned[at]);
    })();
    running.add(done);
    done.then(
      () => running.delete(done),
      () => void 0
    );
  };
  let batch = [];
  let size = 0;
  for await (const record of records) {
    batch.push(record);
    size += record.text.length;
    if (size < chars) continue;
    send(batch);
    batch = [];
    size = 0;
    while (running.size >= inFlight) await Promise.race(running);
  }
  if (batch.length > 0) send(batch);
  await Promise.all(running);
}

// src/cli/search-duplicates.ts
import { availableParallelism as availableParallelism2 } from "node:os";
var PARALLEL_MIN_DOCUMENTS = 16e3;
async function searchDuplicates(ctx, features, threshold) {
  const forced = forcedWorkers(ctx.io.env);
  const parallel = forced === void 0 ? features.length >= PARALLEL_MIN_DOCUMENTS && availableParallelism2() > 1 : forced > 0;
  if (!parallel || features.length < 2) return findDuplicateDocuments(features, threshold);
  const pool = startWorkerPool(1, { settings: ctx.settings, mode: ctx.mode, outDir: ctx.outDir });
  if (pool === void 0) return findDuplicateDocuments(features, threshold);
  try {
    const shared = sharedFeatures(features);
    const postings = new FeaturePostings(await pool.postings(shared));
    const half = features.length >> 1;
    const theirs = pool.duplicatePairs({ ...shared, postings: postings.arrays(), threshold, from: half, to: features.length });
    theirs.catch(() => void 0);
    const ours = duplicatePairs(postings, features, threshold, 0, half);
    return groupDuplicates(features.length, [...ours, ...await theirs]);
  } finally {
    await pool.close();
  }
}
function sharedFeatures(features) {
  const featureStarts = sharedInt32(features.length + 1);
  for (let document = 0; document < features.length; document++) featureStarts[document + 1] = featureStarts[document] + features[document].length;
  const featureValues = sharedInt32(featureStarts[features.length]);
  features.forEach((own, document) => featureValues.set(own, featureStarts[document]));
  return { featureValues, featureStarts };
}
function sharedInt32(length) {
  return new Int32Array(new SharedArrayBuffer(4 * length));
}

// src/cli/process-scope-files.ts
async function processScopeFiles(ctx, stream, flow, limit, tick) {
  const { settings } = ctx;
  const inputs = [];
  const held = [];
  const indexOf = /* @__PURE__ */ new Map();
  async function* readRecords() {
    for await (const item of stream) {
      if (!item.read.ok) {
        inputs.push({ failed: item });
        continue;
      }
      const { record } = item.read;
      indexOf.set(record, held.length);
      inputs.push({ held: held.length });
      held.push({ file: { path: item.path, absolute: record.absolute ?? "" }, ...record.absolute === void 0 ? { stdin: record } : {} });
      yield record;
    }
  }
  const request = { summary: flow === "two-pass" ? "alone" : "with-cleaning" };
  await cleanEach(ctx, readRecords(), () => request, async (record, { summary, textHash: hash, ...cleaned }) => {
    const index = indexOf.get(record);
    indexOf.delete(record);
    const file = held[index];
    file.summary = summary;
    if (flow === "two-pass") file.textHash = hash;
    else file.outcome = await finishRecord(ctx, record, cleaned);
    tick();
  });
  const { analysis, changed } = await analyze(ctx, held);
  for (const index of changed) {
    const { file, outcome } = held[index];
    const problem = { code: "FILE_CHANGED", path: file.path };
    held[index].outcome = outcome ? { ...outcome, status: "error", problem } : { path: file.path, status: "error", changes: [], problem };
    if (flow === "two-pass") tick();
  }
  if (flow === "two-pass") await cleanAgain(ctx, held, settings.removeBoilerplate ? analysis.removable : /* @__PURE__ */ new Map(), limit, tick);
  const passes = flow === "two-pass" ? 2 : 1;
  const failed = await mapInOrder(
    inputs.flatMap((input) => "failed" in input ? [input.failed] : []),
    limit,
    ({ path, read }) => processRecord(ctx, read, path),
    () => {
      for (let pass = 0; pass < passes; pass++) tick();
    }
  );
  let nextFailed = 0;
  return {
    outcomes: inputs.map((input) => "held" in input ? held[input.held].outcome : failed[nextFailed++]),
    crossFile: findings(ctx, analysis)
  };
}
async function cleanAgain(ctx, held, boilerplate, limit, tick) {
  const pending = held.flatMap((file, index) => file.outcome === void 0 ? [index] : []);
  const reads = readInOrder(pending, limit, async (index) => ({ index, read: held[index].stdin ? void 0 : await readFile(ctx, held[index].file) }));
  const indexOf = /* @__PURE__ */ new Map();
  const writtenLinked = /* @__PURE__ */ new Map();
  async function* sameRecords() {
    for await (const { index, read } of reads) {
      const file = held[index];
      if (read === void 0) {
        indexOf.set(file.stdin, index);
        yield file.stdin;
        continue;
      }
      if (!read.ok) {
        file.outcome = await processRecord(ctx, read, file.file.path);
        tick();
        continue;
      }
      const { record } = read;
      const hash = textHash(record.text, 0, record.text.length);
      if (hash !== file.textHash) {
        const linked = record.hardLinks > 1 ? writtenLinked.get(hash) : void 0;
        const { path } = file.file;
        file.outcome = linked ? { path, status: "changed", changes: linked } : { path, status: "error", changes: [], problem: { code: "FILE_CHANGED", path } };
        tick();
        continue;
      }
      indexOf.set(record, index);
      yield record;
    }
  }
  const requestOf = (record) => {
    const places = boilerplate.get(indexOf.get(record));
    return places === void 0 ? {} : { boilerplate: places };
  };
  await cleanEach(ctx, sameRecords(), requestOf, async (record, cleaned) => {
    const index = indexOf.get(record);
    indexOf.delete(record);
    if (ctx.mode === "write" && cleaned.changed && record.hardLinks > 1) writtenLinked.set(textHash(cleaned.after, record.bom ? 1 : 0, cleaned.after.length), cleaned.changes);
    held[index].outcome = await finishRecord(ctx, record, cleaned);
    tick();
  });
}
async function analyze(ctx, held) {
  const summarized = held.map(({ file, stdin, summary }) => ({ path: file.path, ...stdin ? { text: stdin.text } : {}, summary }));
  const options = analyzeOptions(ctx);
  const features = pathOrder(summarized).map((index) => summarized[index].summary.features);
  const search = searchDuplicates(ctx, features, resolveAnalyzeOptions(options).duplicateThreshold);
  search.catch(() => void 0);
  try {
    const frequent = frequentKeys(summarized, ctx.settings.boilerplateMinFiles);
    const quoted = await readQuotes(ctx, held.map(({ file }) => file), summarized, frequent);
    return { analysis: analyzeSummaries(summarized, options, quoted.quote, frequent, await search), changed: quoted.changed };
  } catch (error) {
    await search.catch(() => void 0);
    throw error;
  }
}
function analyzeOptions({ settings }) {
  return { minFiles: settings.boilerplateMinFiles, minLength: settings.minLength, locale: settings.locale };
}
function findings({ settings }, analysis) {
  return { boilerplate: analysis.boilerplate, duplicates: analysis.duplicates, removeBoilerplate: settings.removeBoilerplate };
}
async function scopeFilesFlow(ctx, files) {
  if (ctx.settings.removeBoilerplate || ctx.mode === "write") return "two-pass";
  if (ctx.mode !== "out-dir" || ctx.outDir === void 0) return "one-pass";
  const outDir = await ctx.io.fs.realPath(ctx.outDir).catch(() => ctx.outDir);
  return files.some((file) => isWithin(outDir, file.absolute)) ? "two-pass" : "one-pass";
}
async function readQuotes(ctx, files, summarized, frequent) {
  const texts = /* @__PURE__ */ new Map();
  const changed = /* @__PURE__ */ new Set();
  for (; ; ) {
    const wanted = segmentsToQuote(summarized, frequent, changed).filter(
      ({ file, segment }) => !texts.has(summarized[file].summary.segmentTextHashes[segment])
    );
    if (wanted.length === 0) break;
    const byFile = /* @__PURE__ */ new Map();
    for (const { file, segment } of wanted) {
      const segments = byFile.get(file);
      if (segments) segments.push(segment);
      else byFile.set(file, [segment]);
    }
    for (const [file, segments] of byFile) {
      const { summary, text: held } = summarized[file];
      const read = held === void 0 ? await readFile(ctx, files[file]) : void 0;
      const text = read === void 0 ? held : read.ok ? read.record.text : void 0;
      const slices = segments.map((segment) => text?.slice(summary.segmentStarts[segment], summary.segmentEnds[segment]));
      const same = slices.every((slice, at) => slice !== void 0 && textHash(slice, 0, slice.length) === summary.segmentTextHashes[segments[at]]);
      if (!same) {
        changed.add(file);
        continue;
      }
      slices.forEach((slice, at) => texts.set(summary.segmentTextHashes[segments[at]], slice));
    }
  }
  const quote = (file, segment) => changed.has(file) ? void 0 : texts.get(summarized[file].summary.segmentTextHashes[segment]);
  return { quote, changed };
}
export {
  processScopeFiles,
  scopeFilesFlow
};
