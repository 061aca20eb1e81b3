import type { Change, FileSummary } from '../core/types.js';
import type { InputRecord } from '../io/read-input.js';
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
}
/** Main thread → worker: a batch of records to clean. */
export interface BatchRequest {
    readonly id: number;
    readonly records: readonly WorkerRecord[];
}
/** Worker → main thread: the batch cleaned, in the order sent, or the bug that stopped it. */
export type BatchReply = {
    readonly id: number;
    readonly cleaned: readonly WorkerCleaned[];
} | {
    readonly id: number;
    readonly error: string;
};
/** What a worker is started with. */
export interface WorkerInit {
    readonly settings: Settings;
}
/** Cleans batches of records on worker threads. */
export interface WorkerPool {
    /**
     * Cleans the records on the least busy worker, each with its request (see `CleanRequest`;
     * none by default); resolves in the order of `records`. A worker's bug rejects.
     */
    clean(records: readonly InputRecord[], requests?: readonly CleanRequest[]): Promise<CleanedRecord[]>;
    /** Stops the workers; batches still in flight reject. */
    close(): Promise<void>;
}
/**
 * Starts `size` worker threads that clean with `settings`, or returns undefined when the
 * worker script is not there (running from the TypeScript sources, as under jest): the caller
 * then cleans on the main thread.
 */
export declare function startWorkerPool(size: number, settings: Settings): WorkerPool | undefined;
