import type { InputRecord } from '../io/read-input.js';
import type { CleanedRecord } from './clean-record.js';
import type { CleanRequest } from './clean-with-request.js';
import type { ProcessContext } from './process-file.js';
/**
 * Text per batch, in UTF-16 code units: large enough that one message carries many small files
 * (a message per document made the prototype 2× slower; this is about 30 articles), small
 * enough that a worker holds little text at a time: each young-generation collection copies
 * what is alive, and with 2 MB batches the 200 MB bench folder took 12.9–14.1 s, with 256 K
 * 11.2 s (and 10–15 % less peak memory).
 */
export declare const BATCH_CHARS: number;
/** What to do with each record once cleaned. */
export type OnCleaned = (record: InputRecord, cleaned: CleanedRecord) => Promise<void>;
/**
 * Cleans records, each with its request, on worker threads when they are many (see
 * `readAhead`), handing each result on as its batch comes back (batches may come back out of
 * order). Records may still be arriving (being read): batches go out as they fill. The workers
 * stop before this returns, so their heaps are gone before the analysis builds its tables.
 */
export declare function cleanEach(ctx: ProcessContext, records: Iterable<InputRecord> | AsyncIterable<InputRecord>, requestOf: (record: InputRecord) => CleanRequest, onCleaned: OnCleaned): Promise<void>;
