import { availableParallelism } from 'node:os';
import { analyzeSummaries } from '../core/analyze-files.js';
import { cleanRecord } from './clean-record.js';
import { mapInOrder } from './map-in-order.js';
import { BATCH_CHARS } from './process-in-batches.js';
import { finishRecord, processRecord } from './process-file.js';
import { batchChars, forcedWorkers, workerCount } from './worker-count.js';
import { startWorkerPool } from './worker-pool.js';
/**
 * `--scope files`: cleans every input that was read as usual and summarises it from the same
 * document (on worker threads for large input sets), analyses the summaries together
 * (boilerplate and duplicate documents), and with `--remove-boilerplate` cleans again the files
 * that hold boilerplate, taking it out too. Documents never outlive their file's cleaning, and
 * without `--remove-boilerplate` each file is written as soon as it is cleaned, so memory grows
 * with the texts and summaries, not with documents or results. Inputs that could not be read
 * keep their problem.
 * @param limit how many unreadable inputs are reported at the same time
 * @param tick called once per input done
 */
export async function processScopeFiles(ctx, reads, limit, tick) {
    const records = reads.flatMap(({ read }) => (read.ok ? [read.record] : []));
    const { settings } = ctx;
    const summaries = new Map();
    const outcomes = new Map();
    // Held only until the analysis says whether their boilerplate goes too.
    const waiting = new Map();
    const finish = async (record, cleaned) => {
        outcomes.set(record, await finishRecord(ctx, record, cleaned));
        tick();
    };
    await cleanEach(ctx, records, () => ({ summarize: true }), async (record, { summary, ...cleaned }) => {
        summaries.set(record, summary);
        if (settings.removeBoilerplate)
            waiting.set(record, cleaned);
        else
            await finish(record, cleaned);
    });
    const summarized = records.map((record) => ({ path: record.path, text: record.text, summary: summaries.get(record) }));
    summaries.clear();
    const analysis = analyzeSummaries(summarized, { minFiles: settings.boilerplateMinFiles, minLength: settings.minLength, locale: settings.locale });
    if (settings.removeBoilerplate) {
        const placesOf = new Map(records.flatMap((record, index) => (analysis.removable.has(index) ? [[record, analysis.removable.get(index)]] : [])));
        const holders = [...placesOf.keys()];
        await cleanEach(ctx, holders, (record) => ({ boilerplate: placesOf.get(record) }), async (record, cleaned) => {
            waiting.set(record, cleaned);
        });
        for (const record of records)
            await finish(record, waiting.get(record));
    }
    const failed = await mapInOrder(reads.filter(({ read }) => !read.ok), limit, ({ path, read }) => processRecord(ctx, read, path), tick);
    let nextFailed = 0;
    return {
        outcomes: reads.map(({ read }) => (read.ok ? outcomes.get(read.record) : failed[nextFailed++])),
        crossFile: { boilerplate: analysis.boilerplate, duplicates: analysis.duplicates, removeBoilerplate: settings.removeBoilerplate },
    };
}
/**
 * Cleans records, each with its request, on worker threads when they are many (see
 * `workerCount`), handing each result on as its batch comes back. The workers stop before this
 * returns, so their heaps are gone before the analysis builds its tables.
 */
async function cleanEach(ctx, records, requestOf, onCleaned) {
    let bytes = 0;
    for (const record of records)
        bytes += Buffer.byteLength(record.text, 'utf8');
    const workers = forcedWorkers(ctx.io.env) ?? workerCount(bytes, availableParallelism());
    const pool = startWorkerPool(workers, ctx.settings);
    try {
        const clean = pool?.clean ?? cleanHere(ctx);
        await inBatches(clean, batchChars(ctx.io.env, BATCH_CHARS), 2 * Math.max(workers, 1) + 1)(records, records.map(requestOf), onCleaned);
    }
    finally {
        await pool?.close();
    }
}
/** Cleans on this thread, for small input sets or when no worker could be started. */
function cleanHere(ctx) {
    return async (records, requests) => {
        const cleaned = [];
        for (const [index, record] of records.entries())
            cleaned.push(await cleanRecord(record, ctx.settings, requests[index]));
        return cleaned;
    };
}
/**
 * Sends records to `clean` in batches of about `chars` UTF-16 code units, with at most
 * `inFlight` batches out at a time, and hands each result on as its batch comes back.
 */
function inBatches(clean, chars, inFlight) {
    return async (records, requests, onCleaned) => {
        const batches = [];
        let size = Infinity;
        records.forEach((record, index) => {
            if (size >= chars) {
                batches.push([]);
                size = 0;
            }
            batches.at(-1).push(index);
            size += record.text.length;
        });
        await mapInOrder(batches, inFlight, async (batch) => {
            const cleaned = await clean(batch.map((index) => records[index]), batch.map((index) => requests[index]));
            for (const [at, index] of batch.entries())
                await onCleaned(records[index], cleaned[at]);
        });
    };
}
