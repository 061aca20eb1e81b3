import { availableParallelism } from 'node:os';
import { cleanRecord } from './clean-record.js';
import { mapInOrder } from './map-in-order.js';
import { BATCH_CHARS, processInBatches } from './process-in-batches.js';
import { processFile, processRecord, readFile } from './process-file.js';
import { concat, readInOrder } from './read-in-order.js';
import { batchChars, forcedWorkers } from './worker-count.js';
import { readAhead } from './read-ahead.js';
import { startWorkerPool } from './worker-pool.js';
function textBytes(read) {
    return read.ok ? Buffer.byteLength(read.record.text, 'utf8') : 0;
}
/** Cleans on this thread, for when no worker could be started. */
function cleanHere(ctx) {
    return async (records) => {
        const cleaned = [];
        for (const record of records)
            cleaned.push(await cleanRecord(record, ctx.settings));
        return cleaned;
    };
}
/**
 * Scope `file`: reads, cleans and (in write modes) writes each file on its own, with up to
 * `concurrency` files in progress. Large input sets are cleaned in batches on worker threads
 * (see `readAhead`), so small runs never start a worker. Outcomes are in input order and the same whatever the
 * worker count.
 * @param tick called once per file done
 */
export async function processEachFile(ctx, files, concurrency, tick) {
    const forced = forcedWorkers(ctx.io.env);
    const cores = availableParallelism();
    if (forced === 0 || (forced === undefined && cores < 2))
        return mapInOrder(files, concurrency, (file) => processFile(ctx, file), tick);
    const reads = readInOrder(files, concurrency, async (file) => ({ path: file.path, read: await readFile(ctx, file) }));
    const { head, allRead, workers } = await readAhead(ctx.io.env, reads, ({ read }) => textBytes(read));
    if (workers === 0 && allRead) {
        // Everything was read ahead and is small: clean it here, as it came.
        return mapInOrder(head, concurrency, ({ path, read }) => processRecord(ctx, read, path), tick);
    }
    const pool = startWorkerPool(workers, ctx.settings);
    try {
        // Two batches per worker keep each busy while the other's result comes back. Without a
        // worker (no compiled script, as under jest) the batches are cleaned here.
        const options = { clean: pool?.clean ?? cleanHere(ctx), batchChars: batchChars(ctx.io.env, BATCH_CHARS), inFlight: 2 * Math.max(workers, 1) + 1, concurrency, tick };
        return await processInBatches(ctx, concat(head, reads), options);
    }
    finally {
        await pool?.close();
    }
}
