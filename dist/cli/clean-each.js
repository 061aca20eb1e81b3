import { cleanRecord } from './clean-record.js';
import { readAhead } from './read-ahead.js';
import { concat } from './read-in-order.js';
import { batchChars } from './worker-count.js';
import { startWorkerPool } from './worker-pool.js';
/**
 * Text per batch, in UTF-16 code units: large enough that one message carries many small files
 * (a message per document made the prototype 2× slower; this is about 30 articles), small
 * enough that a worker holds little text at a time: each young-generation collection copies
 * what is alive, and with 2 MB batches the 200 MB bench folder took 12.9–14.1 s, with 256 K
 * 11.2 s (and 10–15 % less peak memory).
 */
export const BATCH_CHARS = 256 * 1024;
/**
 * Cleans records, each with its request, on worker threads when they are many (see
 * `readAhead`), handing each result on as its batch comes back (batches may come back out of
 * order). Records may still be arriving (being read): batches go out as they fill. The workers
 * stop before this returns, so their heaps are gone before the analysis builds its tables.
 */
export async function cleanEach(ctx, records, requestOf, onCleaned) {
    const stream = streamOf(records);
    const { head, workers } = await readAhead(ctx.io.env, stream, (record) => Buffer.byteLength(record.text, 'utf8'));
    const pool = startWorkerPool(workers, { settings: ctx.settings, mode: ctx.mode, outDir: ctx.outDir });
    try {
        const clean = pool?.clean ?? cleanHere(ctx);
        const rest = { [Symbol.asyncIterator]: () => stream };
        await inBatches(clean, batchChars(ctx.io.env, BATCH_CHARS), 2 * Math.max(workers, 1) + 1, concat(head, rest), requestOf, onCleaned);
    }
    finally {
        await pool?.close();
    }
}
async function* streamOf(items) {
    yield* items;
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
 * Sends records to `clean` in batches of about `chars` UTF-16 code units as they arrive, with at
 * most `inFlight` batches out at a time, and hands each result on as its batch comes back.
 */
async function inBatches(clean, chars, inFlight, records, requestOf, onCleaned) {
    const running = new Set();
    const send = (batch) => {
        const done = (async () => {
            const cleaned = await clean(batch, batch.map(requestOf));
            for (const [at, record] of batch.entries())
                await onCleaned(record, cleaned[at]);
        })();
        running.add(done);
        // Settled batches leave the set; a failure is reported by the race or the final wait.
        done.then(() => running.delete(done), () => undefined);
    };
    let batch = [];
    let size = 0;
    for await (const record of records) {
        batch.push(record);
        size += record.text.length;
        if (size < chars)
            continue;
        send(batch);
        batch = [];
        size = 0;
        while (running.size >= inFlight)
            await Promise.race(running);
    }
    if (batch.length > 0)
        send(batch);
    await Promise.all(running);
}
