import { mapInOrder } from './map-in-order.js';
import { processEachFile } from './process-each-file.js';
import { processRecord, readFile } from './process-file.js';
import { processScopeFiles } from './process-scope-files.js';
/** Files read and cleaned at the same time; enough to overlap file-system waits. */
const CONCURRENCY = 8;
/**
 * Processes stdin (already read) and the files. With scope `file` each file is read, cleaned and
 * written on its own (on worker threads for large input sets); with scope `files` all are read
 * first and analysed together, on the main thread only.
 */
export async function processInputs(ctx, stdin, files, withProgress) {
    if (ctx.settings.scope === 'files') {
        const read = await mapInOrder(files, CONCURRENCY, async (file) => ({ path: file.path, read: await readFile(ctx, file) }));
        const reads = stdin === undefined ? read : [stdin, ...read];
        return withProgress(reads.length, (tick) => processScopeFiles(ctx, reads, CONCURRENCY, tick));
    }
    const outcomes = [];
    if (stdin !== undefined)
        outcomes.push(await processRecord(ctx, stdin.read, stdin.path));
    outcomes.push(...(await withProgress(files.length, (tick) => processEachFile(ctx, files, CONCURRENCY, tick))));
    return { outcomes };
}
