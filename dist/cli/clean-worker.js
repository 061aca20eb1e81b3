/**
 * The worker thread of the pool (`worker-pool.ts`): cleans batches of records, or reads,
 * cleans and writes batches of files, with the settings it was started with, or runs a share of
 * the duplicate search; and posts each batch back in the order received.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FeaturePostings } from '../core/feature-postings.js';
import { duplicatePairs } from '../core/find-duplicate-documents.js';
import { nodeIo } from '../io/node-io.js';
import { cleanRecord } from './clean-record.js';
import { processFile } from './process-file.js';
const { settings, mode, outDir } = workerData;
const ctx = { io: nodeIo(), mode, settings, outDir };
/** Each document's features, as views of the shared arrays. */
function featuresOf({ featureValues, featureStarts }) {
    return Array.from({ length: featureStarts.length - 1 }, (_, document) => featureValues.subarray(featureStarts[document], featureStarts[document + 1]));
}
/** A share of the duplicate search, over the postings and features the main thread shares. */
function searchShare(job) {
    const { postings, threshold, from, to } = job;
    const pairs = duplicatePairs(new FeaturePostings(postings), featuresOf(job), threshold, from, to);
    return {
        a: Int32Array.from(pairs, (pair) => pair.a),
        b: Int32Array.from(pairs, (pair) => pair.b),
        similarity: Float64Array.from(pairs, (pair) => pair.similarity),
    };
}
async function doBatch(request) {
    try {
        if ('duplicates' in request)
            return { id: request.id, pairs: searchShare(request.duplicates) };
        // Built in shared memory: the main thread reads them where they are.
        if ('postings' in request)
            return { id: request.id, postings: new FeaturePostings(featuresOf(request.postings), true).arrays() };
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
/** The buffers of a reply (one per summary, see `summarizeDocument`; or the pair columns): moved to the main thread, not copied. */
function transferables(reply) {
    if ('pairs' in reply)
        return [reply.pairs.a.buffer, reply.pairs.b.buffer, reply.pairs.similarity.buffer];
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
