import type { InputFile } from '../io/expand-inputs.js';
import type { FileOutcome } from '../report/types.js';
import type { ProcessContext } from './process-file.js';
/**
 * Scope `file`: reads, cleans and (in write modes) writes each file on its own, with up to
 * `concurrency` files in progress here, or on worker threads when the input set is large (see
 * `poolSize`): each worker then reads and writes its files itself, so no text crosses between
 * threads. Outcomes are in input order and the same whatever the worker count.
 * @param tick called once per file done
 */
export declare function processEachFile(ctx: ProcessContext, files: readonly InputFile[], concurrency: number, tick: () => void): Promise<FileOutcome[]>;
