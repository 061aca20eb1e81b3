import type { InputRecord } from '../io/read-input.js';
import type { FileOutcome } from '../report/types.js';
import type { CleanedRecord } from './clean-record.js';
import type { ProcessContext } from './process-file.js';
import type { NamedRead } from './process-file.js';
/** Cleans a batch of records somewhere (a worker thread), resolving in the order given. */
export type CleanBatch = (records: readonly InputRecord[]) => Promise<CleanedRecord[]>;
/**
 * Text per batch, in UTF-16 code units: large enough that one message carries many small files
 * (a message per document made the prototype 2× slower; this is about 30 articles), small
 * enough that a worker holds little text at a time: each young-generation collection copies
 * what is alive, and with 2 MB batches the 200 MB bench folder took 12.9–14.1 s, with 256 K
 * 11.2 s (and 10–15 % less peak memory).
 */
export declare const BATCH_CHARS: number;
/** What batch processing needs besides the inputs. */
export interface BatchOptions {
    readonly clean: CleanBatch;
    /** Text per batch, UTF-16 code units. @default BATCH_CHARS */
    readonly batchChars?: number;
    /** Batches sent and not yet finished; bounds the text held in memory. */
    readonly inFlight: number;
    /** Files written at the same time. */
    readonly concurrency: number;
    /** Called once per input done. */
    readonly tick: () => void;
}
/**
 * Cleans inputs in batches of about `BATCH_CHARS` (through `options.clean`, typically on worker
 * threads) while the next ones are read, then writes and reports them here. Inputs that could not
 * be read never leave this thread and keep their problem. Outcomes are in input order, whatever
 * order the batches finish in.
 */
export declare function processInBatches(ctx: ProcessContext, reads: AsyncIterable<NamedRead>, options: BatchOptions): Promise<FileOutcome[]>;
