import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  POOL_MIN_BYTES,
  forcedWorkers,
  mapInOrder,
  startWorkerPool,
  workerCount
} from "./chunk-DQNQFJJ2.js";
import {
  processFile
} from "./chunk-CUD3X4TB.js";
import "./chunk-4QNSKDA7.js";
import "./chunk-YPCK34LZ.js";
import "./chunk-QYCRUTXL.js";
import "./chunk-JYLCKMJR.js";
import "./chunk-AYPY727O.js";
import "./chunk-3OOOJW5O.js";

// src/cli/process-each-file.ts
import { availableParallelism } from "node:os";
var MAX_FILES_PER_BATCH = 32;
var BATCHES_PER_WORKER = 8;
async function poolSize(ctx, files) {
  const forced = forcedWorkers(ctx.io.env);
  if (forced !== void 0) return forced;
  const cores = availableParallelism();
  if (cores < 2) return 0;
  let bytes = 0;
  for (const file of files) {
    if (bytes >= POOL_MIN_BYTES) break;
    bytes += await ctx.io.fs.lstat(file.absolute).then((stat) => stat.size, () => 0);
  }
  return workerCount(bytes, cores);
}
async function processOnPool(pool, files, workers, tick) {
  const size = Math.max(1, Math.min(MAX_FILES_PER_BATCH, Math.floor(files.length / (workers * BATCHES_PER_WORKER))));
  const inFlight = 2 * workers + 1;
  const outcomes = [];
  const pending = [];
  const collect = async () => {
    const done = await pending.shift();
    outcomes.push(...done);
    for (let n = 0; n < done.length; n++) tick();
  };
  for (let start = 0; start < files.length; start += size) {
    const batch = pool.process(files.slice(start, start + size));
    batch.catch(() => void 0);
    pending.push(batch);
    if (pending.length >= inFlight) await collect();
  }
  while (pending.length > 0) await collect();
  return outcomes;
}
async function processEachFile(ctx, files, concurrency, tick) {
  const workers = await poolSize(ctx, files);
  const pool = startWorkerPool(workers, { settings: ctx.settings, mode: ctx.mode, outDir: ctx.outDir });
  if (pool === void 0) return mapInOrder(files, concurrency, (file) => processFile(ctx, file), tick);
  try {
    return await processOnPool(pool, files, workers, tick);
  } finally {
    await pool.close();
  }
}
export {
  processEachFile
};
