import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/cli/worker-count.ts
var POOL_MIN_BYTES = 4 * 1024 * 1024;
var WORKERS_ENV = "UNECHO_WORKERS";
var BATCH_CHARS_ENV = "UNECHO_BATCH_CHARS";
var MAX_FORCED_WORKERS = 64;
function forcedWorkers(env) {
  const value = env[WORKERS_ENV];
  if (value === void 0 || !/^\d+$/.test(value)) return void 0;
  const count = Number(value);
  return count <= MAX_FORCED_WORKERS ? count : void 0;
}
function workerCount(bytes, cores) {
  if (bytes < POOL_MIN_BYTES || cores < 2) return 0;
  return cores;
}
function batchChars(env, fallback) {
  const value = env[BATCH_CHARS_ENV];
  return value !== void 0 && /^[1-9]\d*$/.test(value) ? Number(value) : fallback;
}

// src/cli/worker-pool.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var BOM = "\uFEFF";
var WORKER_URL = new URL("./clean-worker.js", import.meta.url);
function cleanedRecord(record, cleaned) {
  const before = (record.bom ? BOM : "") + record.text;
  const summary = cleaned.summary ? { summary: cleaned.summary } : {};
  const hash = cleaned.textHash === void 0 ? {} : { textHash: cleaned.textHash };
  return { changes: cleaned.changes, before, after: cleaned.after ?? before, changed: cleaned.after !== void 0, ...summary, ...hash };
}
function settle(lane, reply) {
  const waiting = lane.waiting.get(reply.id);
  if (waiting === void 0) return;
  lane.waiting.delete(reply.id);
  if ("error" in reply) waiting.reject(new Error(reply.error));
  else waiting.resolve(reply);
}
function failAll(lane, error) {
  for (const waiting of lane.waiting.values()) waiting.reject(error);
  lane.waiting.clear();
}
function startLane(init) {
  const worker = new Worker(WORKER_URL, { workerData: init });
  const lane = { worker, waiting: /* @__PURE__ */ new Map() };
  worker.on("message", (reply) => settle(lane, reply));
  worker.on("error", (error) => failAll(lane, error));
  worker.on("exit", (code) => failAll(lane, new Error(`a cleaning worker stopped (exit code ${code})`)));
  return lane;
}
function startWorkerPool(size, init) {
  if (size < 1 || !existsSync(fileURLToPath(WORKER_URL))) return void 0;
  const lanes = Array.from({ length: size }, () => startLane(init));
  let nextId = 0;
  const send = (batch) => {
    const lane = lanes.reduce((best, candidate) => candidate.waiting.size < best.waiting.size ? candidate : best);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      lane.waiting.set(id, { resolve, reject });
      const request = { id, ...batch };
      lane.worker.postMessage(request);
    });
  };
  return {
    async clean(records, requests) {
      const reply = await send({ records: records.map(({ path, text, bom }, index) => ({ path, text, bom, request: requests?.[index] ?? {} })) });
      if (!("cleaned" in reply)) throw new Error("a cleaning worker answered a batch of records with something else");
      return records.map((record, index) => cleanedRecord(record, reply.cleaned[index]));
    },
    async process(files) {
      const reply = await send({ files: files.map(({ path, absolute }) => ({ path, absolute })) });
      if (!("outcomes" in reply)) throw new Error("a cleaning worker answered a batch of files with something else");
      return [...reply.outcomes];
    },
    async postings(features) {
      const reply = await send({ postings: features });
      if (!("postings" in reply)) throw new Error("a cleaning worker answered a postings job with something else");
      return reply.postings;
    },
    async duplicatePairs(job) {
      const reply = await send({ duplicates: job });
      if (!("pairs" in reply)) throw new Error("a cleaning worker answered a duplicate search with something else");
      const { a, b, similarity } = reply.pairs;
      return Array.from(a, (first, at) => ({ a: first, b: b[at], similarity: similarity[at] }));
    },
    async close() {
      await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    }
  };
}

// src/cli/map-in-order.ts
async function mapInOrder(items, limit, fn, onDone) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index]);
      onDone?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export {
  POOL_MIN_BYTES,
  forcedWorkers,
  workerCount,
  batchChars,
  startWorkerPool,
  mapInOrder
};
