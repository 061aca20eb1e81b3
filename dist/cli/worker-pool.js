import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
const BOM = '\uFEFF';
/** The worker script next to this module: `dist/cli/clean-worker.js`, or in the CLI bundle `dist/bin/clean-worker.js`. */
const WORKER_URL = new URL('./clean-worker.js', import.meta.url);
/** Rebuilds what `cleanRecord` returns from a worker's reply and the record kept on this thread. */
function cleanedRecord(record, cleaned) {
    const before = (record.bom ? BOM : '') + record.text;
    const summary = cleaned.summary ? { summary: cleaned.summary } : {};
    const hash = cleaned.textHash === undefined ? {} : { textHash: cleaned.textHash };
    return { changes: cleaned.changes, before, after: cleaned.after ?? before, changed: cleaned.after !== undefined, ...summary, ...hash };
}
function settle(lane, reply) {
    const waiting = lane.waiting.get(reply.id);
    if (waiting === undefined)
        return;
    lane.waiting.delete(reply.id);
    if ('error' in reply)
        waiting.reject(new Error(reply.error));
    else
        waiting.resolve(reply);
}
function failAll(lane, error) {
    for (const waiting of lane.waiting.values())
        waiting.reject(error);
    lane.waiting.clear();
}
function startLane(init) {
    const worker = new Worker(WORKER_URL, { workerData: init });
    const lane = { worker, waiting: new Map() };
    worker.on('message', (reply) => settle(lane, reply));
    worker.on('error', (error) => failAll(lane, error));
    worker.on('exit', (code) => failAll(lane, new Error(`a cleaning worker stopped (exit code ${code})`)));
    return lane;
}
/**
 * Starts `size` worker threads that clean with `init.settings` (and write in `init.mode`), or
 * returns undefined when the worker script is not there (running from the TypeScript sources,
 * as under jest): the caller then cleans on the main thread.
 */
export function startWorkerPool(size, init) {
    if (size < 1 || !existsSync(fileURLToPath(WORKER_URL)))
        return undefined;
    const lanes = Array.from({ length: size }, () => startLane(init));
    let nextId = 0;
    const send = (batch) => {
        // The lane with the fewest batches in flight; ties go to the first.
        const lane = lanes.reduce((best, candidate) => (candidate.waiting.size < best.waiting.size ? candidate : best));
        const id = nextId++;
        return new Promise((resolve, reject) => {
            lane.waiting.set(id, { resolve, reject });
            const request = { id, ...batch };
            lane.worker.postMessage(request);
        });
    };
    return {
        async clean(records, requests) {
            const reply = await send({ records: records.map(({ path, text, bom }, index) => ({ path, text, bom, request: requests?.[index] ?? {} })) });
            if (!('cleaned' in reply))
                throw new Error('a cleaning worker answered a batch of records with something else');
            return records.map((record, index) => cleanedRecord(record, reply.cleaned[index]));
        },
        async process(files) {
            const reply = await send({ files: files.map(({ path, absolute }) => ({ path, absolute })) });
            if (!('outcomes' in reply))
                throw new Error('a cleaning worker answered a batch of files with something else');
            return [...reply.outcomes];
        },
        async postings(features) {
            const reply = await send({ postings: features });
            if (!('postings' in reply))
                throw new Error('a cleaning worker answered a postings job with something else');
            return reply.postings;
        },
        async duplicatePairs(job) {
            const reply = await send({ duplicates: job });
            if (!('pairs' in reply))
                throw new Error('a cleaning worker answered a duplicate search with something else');
            const { a, b, similarity } = reply.pairs;
            return Array.from(a, (first, at) => ({ a: first, b: b[at], similarity: similarity[at] }));
        },
        async close() {
            await Promise.all(lanes.map((lane) => lane.worker.terminate()));
        },
    };
}
