import { availableParallelism } from 'node:os';
import { analyzeSummaries } from '../core/analyze-files.js';
import type { ReadResult, InputRecord } from '../io/read-input.js';
import type { CrossFileFindings, FileOutcome } from '../report/types.js';
import { cleanRecord } from './clean-record.js';
import type { CleanedRecord } from './clean-record.js';
import type { CleanRequest } from './clean-with-request.js';
import { mapInOrder } from './map-in-order.js';
import { BATCH_CHARS } from './process-in-batches.js';
import { finishRecord, processRecord } from './process-file.js';
import type { ProcessContext } from './process-file.js';
import { batchChars, forcedWorkers, workerCount } from './worker-count.js';
import { startWorkerPool } from './worker-pool.js';

/** One input as read, under the name reports give it. */
export interface NamedRead {
  readonly path: string;
  readonly read: ReadResult;
}

/** The outcome of every input and what was found across them. */
export interface ScopeFilesResult {
  readonly outcomes: readonly FileOutcome[];
  readonly crossFile: CrossFileFindings;
}

/** Cleans records somewhere (worker threads or here), each with its request, in order. */
type CleanMany = (records: readonly InputRecord[], requests: readonly CleanRequest[]) => Promise<CleanedRecord[]>;

/**
 * `--scope files`: cleans every input that was read as usual and summarises it from the same
 * document (on worker threads for large input sets), analyses the summaries together
 * (boilerplate and duplicate documents), and with `--remove-boilerplate` cleans again the files
 * that hold boilerplate, taking it out too. Documents never outlive their file's cleaning, so
 * memory grows with the summaries, not with the documents. Inputs that could not be read keep
 * their problem.
 * @param limit how many inputs are written at the same time
 * @param tick called once per input done
 */
export async function processScopeFiles(ctx: ProcessContext, reads: readonly NamedRead[], limit: number, tick: () => void): Promise<ScopeFilesResult> {
  const records = reads.flatMap(({ read }) => (read.ok ? [read.record] : []));
  const { settings } = ctx;
  let bytes = 0;
  for (const record of records) bytes += Buffer.byteLength(record.text, 'utf8');
  const workers = forcedWorkers(ctx.io.env) ?? workerCount(bytes, availableParallelism());
  const pool = startWorkerPool(workers, settings);
  try {
    const cleanMany = inBatches(pool?.clean ?? cleanHere(ctx), batchChars(ctx.io.env, BATCH_CHARS), 2 * Math.max(workers, 1) + 1);
    const cleaned = await cleanMany(records, records.map(() => ({ summarize: true })));
    const summarized = records.map((record, index) => ({ path: record.path, text: record.text, summary: cleaned[index]!.summary! }));
    const analysis = analyzeSummaries(summarized, { minFiles: settings.boilerplateMinFiles, minLength: settings.minLength, locale: settings.locale });
    const byRecord = new Map(records.map((record, index) => [record, cleaned[index]!]));
    if (settings.removeBoilerplate) {
      const holders = records.filter((record) => analysis.removable.has(record.path));
      const again = await cleanMany(holders, holders.map((record) => ({ boilerplate: analysis.removable.get(record.path)! })));
      holders.forEach((record, index) => byRecord.set(record, again[index]!));
    }
    const outcomes = await mapInOrder(
      reads,
      limit,
      ({ path, read }) => (read.ok ? finishRecord(ctx, read.record, byRecord.get(read.record)!) : processRecord(ctx, read, path)),
      tick,
    );
    return {
      outcomes,
      crossFile: { boilerplate: analysis.boilerplate, duplicates: analysis.duplicates, removeBoilerplate: settings.removeBoilerplate },
    };
  } finally {
    await pool?.close();
  }
}

/** Cleans on this thread, for small input sets or when no worker could be started. */
function cleanHere(ctx: ProcessContext): CleanMany {
  return async (records, requests) => {
    const cleaned: CleanedRecord[] = [];
    for (const [index, record] of records.entries()) cleaned.push(await cleanRecord(record, ctx.settings, requests[index]));
    return cleaned;
  };
}

/**
 * Sends records to `clean` in batches of about `chars` UTF-16 code units, with at most
 * `inFlight` batches out at a time, and gathers the results in input order.
 */
function inBatches(clean: CleanMany, chars: number, inFlight: number): CleanMany {
  return async (records, requests) => {
    const batches: number[][] = [];
    let size = Infinity;
    records.forEach((record, index) => {
      if (size >= chars) {
        batches.push([]);
        size = 0;
      }
      batches.at(-1)!.push(index);
      size += record.text.length;
    });
    const results = new Array<CleanedRecord>(records.length);
    await mapInOrder(batches, inFlight, async (batch) => {
      const done = await clean(
        batch.map((index) => records[index]!),
        batch.map((index) => requests[index]!),
      );
      batch.forEach((index, at) => {
        results[index] = done[at]!;
      });
    });
    return results;
  };
}
