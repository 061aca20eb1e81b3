import { availableParallelism } from 'node:os';
import { mapInOrder } from './map-in-order.js';
import { processFile } from './process-file.js';
import { POOL_MIN_BYTES, forcedWorkers, workerCount } from './worker-count.js';
import { startWorkerPool } from './worker-pool.js';
/**
 * The most files sent to a worker at once. A batch is a list of names (each worker reads and
 * writes its files itself), so it only needs to be long enough that messages are few, and
 * short enough that the workers finish together.
 */
const MAX_FILES_PER_BATCH = 32;
/** Batches per worker the input is cut into at least, so that the last ones even out the load. */
const BATCHES_PER_WORKER = 8;
/**
 * How many workers clean `files`: the size of the first files (by `lstat`, until they reach
 * `POOL_MIN_BYTES`) decides (see `workerCount`), unless `UNECHO_WORKERS` does.
 */
async function poolSize(ctx, files) {
    const forced = forcedWorkers(ctx.io.env);
    if (forced !== undefined)
        return forced;
    const cores = availableParallelism();
    if (cores < 2)
        return 0;
    let bytes = 0;
    for (const file of files) {
        if (bytes >= POOL_MIN_BYTES)
            break;
        // A file that cannot be looked at counts as empty; reading it will report why.
        bytes += await ctx.io.fs.lstat(file.absolute).then((stat) => stat.size, () => 0);
    }
    return workerCount(bytes, cores);
}
/**
 * Sends the files to the pool in batches, two per worker in flight (one being done while the
 * other's outcomes come back), and collects the outcomes in input order.
 */
async function processOnPool(pool, files, workers, tick) {
    const size = Math.max(1, Math.min(MAX_FILES_PER_BATCH, Math.floor(files.length / (workers * BATCHES_PER_WORKER))));
    const inFlight = 2 * workers + 1;
    const outcomes = [];
    const pending = [];
    const collect = async () => {
        const done = await pending.shift();
        outcomes.push(...done);
        for (let n = 0; n < done.length; n++)
            tick();
    };
    for (let start = 0; start < files.length; start += size) {
        const batch = pool.process(files.slice(start, start + size));
        // Awaited in order below; until then a rejection must not count as unhandled.
        batch.catch(() => undefined);
        pending.push(batch);
        if (pending.length >= inFlight)
            await collect();
    }
    while (pending.length > 0)
        await collect();
    return outcomes;
}
/**
 * Scope `file`: reads, cleans and (in write modes) writes each file on its own, with up to
 * `concurrency` files in progress here, or on worker threads when the input set is large (see
 * `poolSize`): each worker then reads and writes its files itself, so no text crosses between
 * threads. Outcomes are in input order and the same whatever the worker count.
 * @param tick called once per file done
 */
export async function processEachFile(ctx, files, concurrency, tick) {
    const workers = await poolSize(ctx, files);
    // Without a worker script (running from the sources, as under jest) the files are done here.
    const pool = startWorkerPool(workers, { settings: ctx.settings, mode: ctx.mode, outDir: ctx.outDir });
    if (pool === undefined)
        return mapInOrder(files, concurrency, (file) => processFile(ctx, file), tick);
    try {
        return await processOnPool(pool, files, workers, tick);
    }
    finally {
        await pool.close();
    }
}
