import type { DocumentMatch } from '../core/find-duplicate-documents.js';
import type { PostingsArrays } from '../core/feature-postings.js';
import type { Change, FileSummary } from '../core/types.js';
import type { InputFile } from '../io/expand-inputs.js';
import type { InputRecord } from '../io/read-input.js';
import type { FileOutcome, Mode } from '../report/types.js';
import type { CleanedRecord } from './clean-record.js';
import type { CleanRequest } from './clean-with-request.js';
import type { Settings } from './settings.js';
/** What a worker needs of a record to clean it. */
export interface WorkerRecord {
    readonly path: string;
    /** The text without its BOM. */
    readonly text: string;
    readonly bom: boolean;
    readonly request: CleanRequest;
}
/** A record as a worker cleaned it; `after` (BOM included) only when the text changed, to spare copying it back. */
export interface WorkerCleaned {
    readonly changes: readonly Change[];
    readonly after?: string;
    readonly summary?: FileSummary;
    readonly textHash?: number;
}
/**
 * A share of the duplicate search for a worker (see `duplicatePairs`): the postings and every
 * document's features in shared memory (not copied), and the documents whose queries it runs.
 */
export interface DuplicateJob extends SharedFeatures {
    readonly postings: PostingsArrays;
    readonly threshold: number;
    readonly from: number;
    readonly to: number;
}
/** Every document's features in shared memory, for a worker to build the postings of (see `FeaturePostings`). */
export interface SharedFeatures {
    /** Every document's features one after another, and where each starts (one more entry: the end). */
    readonly featureValues: Int32Array;
    readonly featureStarts: Int32Array;
}
/** Pairs of documents as columns, moved between threads rather than copied. */
export interface PairColumns {
    readonly a: Int32Array;
    readonly b: Int32Array;
    readonly similarity: Float64Array;
}
/**
 * Main thread → worker: a batch of records to clean, or of files to read, clean and write (so
 * their text never crosses between threads), or a share of the duplicate search.
 */
export type BatchRequest = BatchBody & {
    readonly id: number;
};
/** What a batch carries. */
type BatchBody = {
    readonly records: readonly WorkerRecord[];
} | {
    readonly files: readonly InputFile[];
} | {
    readonly postings: SharedFeatures;
} | {
    readonly duplicates: DuplicateJob;
};
/** Worker → main thread: the batch done, in the order sent, or the bug that stopped it. */
export type BatchReply = {
    readonly id: number;
    readonly cleaned: readonly WorkerCleaned[];
} | {
    readonly id: number;
    readonly outcomes: readonly FileOutcome[];
} | {
    readonly id: number;
    readonly pairs: PairColumns;
} | {
    readonly id: number;
    readonly postings: PostingsArrays;
} | {
    readonly id: number;
    readonly error: string;
};
/** What a worker is started with: the settings, and for files it writes, the mode and `--out-dir`. */
export interface WorkerInit {
    readonly settings: Settings;
    readonly mode: Mode;
    readonly outDir: string | undefined;
}
/** Cleans batches of records on worker threads. */
export interface WorkerPool {
    /**
     * Cleans the records on the least busy worker, each with its request (see `CleanRequest`;
     * none by default); resolves in the order of `records`. A worker's bug rejects.
     */
    clean(records: readonly InputRecord[], requests?: readonly CleanRequest[]): Promise<CleanedRecord[]>;
    /**
     * Reads, cleans and (in write modes) writes the files on the least busy worker, as
     * `processFile` would here; resolves with their outcomes in the order of `files`.
     */
    process(files: readonly InputFile[]): Promise<FileOutcome[]>;
    /** Builds the postings of the features on the least busy worker, in shared memory (see `FeaturePostings`). */
    postings(features: SharedFeatures): Promise<PostingsArrays>;
    /** Runs a share of the duplicate search on the least busy worker. */
    duplicatePairs(job: DuplicateJob): Promise<DocumentMatch[]>;
    /** Stops the workers; batches still in flight reject. */
    close(): Promise<void>;
}
/**
 * Starts `size` worker threads that clean with `init.settings` (and write in `init.mode`), or
 * returns undefined when the worker script is not there (running from the TypeScript sources,
 * as under jest): the caller then cleans on the main thread.
 */
export declare function startWorkerPool(size: number, init: WorkerInit): WorkerPool | undefined;
export {};
