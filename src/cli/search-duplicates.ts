import { availableParallelism } from 'node:os';
import { FeaturePostings } from '../core/feature-postings.js';
import { duplicatePairs, findDuplicateDocuments, groupDuplicates } from '../core/find-duplicate-documents.js';
import type { DuplicateSearch } from '../core/find-duplicate-documents.js';
import type { Hashes } from '../core/shingle-index.js';
import type { ProcessContext } from './process-file.js';
import { forcedWorkers } from './worker-count.js';
import { startWorkerPool } from './worker-pool.js';
import type { SharedFeatures } from './worker-pool.js';

/**
 * Below this many documents the duplicate search runs on the main thread alone: starting a
 * worker and copying the features to shared memory costs about 0.1 s. Measured when this thread
 * still built the postings itself (eighth session): at 8,220 articles (50 MB) the search took
 * 0.56–0.60 s either way; at 32,780 (200 MB) 1.70–1.77 s with a worker against 2.31–2.42 s
 * without. Since the worker builds them while this thread starts on the boilerplate, the
 * analysis at 200 MB takes 2.2 s instead of 2.6 s.
 */
export const PARALLEL_MIN_DOCUMENTS = 16000;

/**
 * `findDuplicateDocuments` over the features, with a worker thread for large sets: it builds
 * the postings (in shared memory) while this thread is free for other work (the caller's: see
 * `analyze`), then runs the queries of the last half of the documents while this thread runs the
 * first half (see `duplicatePairs`). The same pairs and groups, sooner. One worker is enough:
 * this thread is the other. `UNECHO_WORKERS` decides as for the cleaning (0: none); else large
 * sets on several cores get one.
 */
export async function searchDuplicates(ctx: ProcessContext, features: readonly Hashes[], threshold: number): Promise<DuplicateSearch> {
  const forced = forcedWorkers(ctx.io.env);
  const parallel = forced === undefined ? features.length >= PARALLEL_MIN_DOCUMENTS && availableParallelism() > 1 : forced > 0;
  if (!parallel || features.length < 2) return findDuplicateDocuments(features, threshold);
  const pool = startWorkerPool(1, { settings: ctx.settings, mode: ctx.mode, outDir: ctx.outDir });
  // Without the worker script (under jest, from the sources) this thread does it all.
  if (pool === undefined) return findDuplicateDocuments(features, threshold);
  try {
    const shared = sharedFeatures(features);
    const postings = new FeaturePostings(await pool.postings(shared));
    const half = features.length >> 1;
    const theirs = pool.duplicatePairs({ ...shared, postings: postings.arrays(), threshold, from: half, to: features.length });
    // If this thread's half throws, closing the pool rejects the worker's: that error is not the one to report.
    theirs.catch(() => undefined);
    const ours = duplicatePairs(postings, features, threshold, 0, half);
    return groupDuplicates(features.length, [...ours, ...(await theirs)]);
  } finally {
    await pool.close();
  }
}

/** The features, copied to shared memory, so the worker reads them where they are. */
function sharedFeatures(features: readonly Hashes[]): SharedFeatures {
  const featureStarts = sharedInt32(features.length + 1);
  for (let document = 0; document < features.length; document++) featureStarts[document + 1] = featureStarts[document]! + features[document]!.length;
  const featureValues = sharedInt32(featureStarts[features.length]!);
  features.forEach((own, document) => featureValues.set(own, featureStarts[document]!));
  return { featureValues, featureStarts };
}

/** An array of `length` zeros in a `SharedArrayBuffer`. */
function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * length));
}
