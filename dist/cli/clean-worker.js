/**
 * The worker thread of the pool (`worker-pool.ts`): cleans batches of records, or reads,
 * cleans and writes batches of files, with the settings it was started with, and posts each
 * batch back in the order received.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeIo } from '../io/node-io.js';
import { cleanRecord } from './clean-record.js';
import { processFile } from './process-file.js';
const { settings, mode, outDir } = workerData;
const ctx = { io: nodeIo(), mode, settings, outDir };
async function doBatch(request) {
    try {
        if ('files' in request) {
            const outcomes = [];
            for (const file of request.files)
                outcomes.push(await processFile(ctx, file));
            return { id: request.id, outcomes };
        }
        const cleaned = [];
        for (const { path, text, bom, request: cleanRequest } of request.records) {
            const result = await cleanRecord({ path, text, bom, absolute: undefined, mode: 0, hardLinks: 1 }, settings, cleanRequest);
            const { summary, textHash } = result;
            cleaned.push({ changes: result.changes, ...(result.changed ? { after: result.after } : {}), ...(summary ? { summary } : {}), ...(textHash === undefined ? {} : { textHash }) });
        }
        return { id: request.id, cleaned };
    }
    catch (error) {
        // A bug in the engine: the main thread reports it as it would its own.
        return { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
}
/** The buffers of the summaries in a reply (one per summary, see `summarizeDocument`): moved to the main thread, not copied. */
function transferables(reply) {
    if (!('cleaned' in reply))
        return [];
    const buffers = reply.cleaned.flatMap(({ summary }) => (summary ? Object.values(summary).map((array) => array.buffer) : []));
    // A buffer listed twice is an error to postMessage.
    return [...new Set(buffers)];
}
// Batches are done one after another, so replies keep the order of the requests.
let queue = Promise.resolve();
parentPort?.on('message', (request) => {
    queue = queue.then(async () => {
        const reply = await doBatch(request);
        parentPort?.postMessage(reply, transferables(reply));
    });
});
