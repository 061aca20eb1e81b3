import { availableParallelism } from 'node:os';
import { POOL_MIN_BYTES, forcedWorkers, workerCount } from './worker-count.js';
/**
 * Reads a stream of inputs ahead until they reach `POOL_MIN_BYTES` (or it ends), so a small run
 * never starts a worker and a large one starts them while the rest is still being read; then
 * sizes the pool (see `workerCount`; `UNECHO_WORKERS` decides without reading ahead).
 */
export async function readAhead(env, items, bytesOf) {
    const forced = forcedWorkers(env);
    const head = [];
    let bytes = 0;
    while (forced === undefined && bytes < POOL_MIN_BYTES) {
        const step = await items.next();
        if (step.done === true)
            break;
        head.push(step.value);
        bytes += bytesOf(step.value);
    }
    return { head, workers: forced ?? workerCount(bytes, availableParallelism()) };
}
