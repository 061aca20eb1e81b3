import type { DuplicateSearch } from '../core/find-duplicate-documents.js';
import type { Hashes } from '../core/shingle-index.js';
import type { ProcessContext } from './process-file.js';
/**
 * Below this many documents the duplicate search runs on the main thread alone: starting a
 * worker and copying the features to shared memory costs about 0.1 s. Measured when this thread
 * still built the postings itself (eighth session): at 8,220 articles (50 MB) the search took
 * 0.56–0.60 s either way; at 32,780 (200 MB) 1.70–1.77 s with a worker against 2.31–2.42 s
 * without. Since the worker builds them while this thread starts on the boilerplate, the
 * analysis at 200 MB takes 2.2 s instead of 2.6 s.
 */
export declare const PARALLEL_MIN_DOCUMENTS = 16000;
/**
 * `findDuplicateDocuments` over the features, with a worker thread for large sets: it builds
 * the postings (in shared memory) while this thread is free for other work (the caller's: see
 * `analyze`), then runs the queries of the last half of the documents while this thread runs the
 * first half (see `duplicatePairs`). The same pairs and groups, sooner. One worker is enough:
 * this thread is the other. `UNECHO_WORKERS` decides as for the cleaning (0: none); else large
 * sets on several cores get one.
 */
export declare function searchDuplicates(ctx: ProcessContext, features: readonly Hashes[], threshold: number): Promise<DuplicateSearch>;
