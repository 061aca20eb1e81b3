import type { InputFile } from '../io/expand-inputs.js';
import type { FileOutcome } from '../report/types.js';
import type { ProcessContext } from './process-file.js';
import type { WorkerPool } from './worker-pool.js';
/**
 * Scope `file`: reads, cleans and (in write modes) writes each file on its own, with up to
 * `concurrency` files in progress here, or on worker threads when the input set is large (see
 * `poolSize`): each worker then reads and writes its files itself, so no text crosses between
 * threads. Outcomes are in input order and the same whatever the worker count.
 * @param tick called once per file done
 */
export declare function processEachFile(ctx: ProcessContext, files: readonly InputFile[], concurrency: number, tick: () => void): Promise<FileOutcome[]>;
/**
 * Does `here` for each file, up to `concurrency` at a time, or sends the files to worker
 * threads (`onPool` picks the pool's method) when the input set is large (see `poolSize`).
 * Results are in input order; the workers stop before this returns.
 */
export declare function eachFile<T>(ctx: ProcessContext, files: readonly InputFile[], concurrency: number, tick: () => void, here: (file: InputFile) => Promise<T>, onPool: (pool: WorkerPool) => (files: readonly InputFile[]) => Promise<T[]>): Promise<T[]>;
