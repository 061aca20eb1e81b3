import type { InputRecord } from '../io/read-input.js';
import type { FileOutcome } from '../report/types.js';
import type { CleanedRecord } from './clean-record.js';
import { mapInOrder } from './map-in-order.js';
import { finishRecord, processRecord } from './process-file.js';
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
export const BATCH_CHARS = 256 * 1024;

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

async function finishBatch(ctx: ProcessContext, batch: readonly NamedRead[], options: BatchOptions): Promise<FileOutcome[]> {
  const records = batch.flatMap(({ read }) => (read.ok ? [read.record] : []));
  const cleaned = await options.clean(records);
  const byRecord = new Map(records.map((record, index) => [record, cleaned[index]!]));
  return mapInOrder(
    batch,
    options.concurrency,
    ({ path, read }) => (read.ok ? finishRecord(ctx, read.record, byRecord.get(read.record)!) : processRecord(ctx, read, path)),
    options.tick,
  );
}

/**
 * Cleans inputs in batches of about `BATCH_CHARS` (through `options.clean`, typically on worker
 * threads) while the next ones are read, then writes and reports them here. Inputs that could not
 * be read never leave this thread and keep their problem. Outcomes are in input order, whatever
 * order the batches finish in.
 */
export async function processInBatches(ctx: ProcessContext, reads: AsyncIterable<NamedRead>, options: BatchOptions): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const pending: Promise<FileOutcome[]>[] = [];
  let batch: NamedRead[] = [];
  let chars = 0;
  const send = (): void => {
    const finished = finishBatch(ctx, batch, options);
    // Awaited in order below; until then a rejection must not count as unhandled.
    finished.catch(() => undefined);
    pending.push(finished);
    batch = [];
    chars = 0;
  };
  for await (const item of reads) {
    batch.push(item);
    if (item.read.ok) chars += item.read.record.text.length;
    if (chars < (options.batchChars ?? BATCH_CHARS)) continue;
    send();
    while (pending.length >= options.inFlight) outcomes.push(...(await pending.shift()!));
  }
  if (batch.length > 0) send();
  for (const finished of pending) outcomes.push(...(await finished));
  return outcomes;
}
