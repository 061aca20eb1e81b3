import { availableParallelism } from 'node:os';
import { cleanRecord } from './clean-record.js';
import { mapInOrder } from './map-in-order.js';
import { BATCH_CHARS } from './process-in-batches.js';
import { batchChars, forcedWorkers, workerCount } from './worker-count.js';
import { startWorkerPool } from './worker-pool.js';
/**
 * Cleans records, each with its request, on worker threads when they are many (see
 * `workerCount`), handing each result on as its batch comes back. The workers stop before this
 * returns, so their heaps are gone before the analysis builds its tables.
 */
export async function cleanEach(ctx, records, requestOf, onCleaned) {
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
