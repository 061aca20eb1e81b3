import { concat, readInOrder } from './read-in-order.js';
import { processRecord, readFile } from './process-file.js';
/** Files read and cleaned at the same time; enough to overlap file-system waits. */
const CONCURRENCY = 8;
/**
 * Processes stdin (already read) and the files. With scope `file` each file is read, cleaned and
 * written on its own (on worker threads for large input sets); with scope `files` all are read,
 * summarised as they are read (on worker threads for large input sets), then analysed together,
 * and cleaned in the same pass or in a second one (see `ScopeFilesFlow`).
 */
export async function processInputs(ctx, stdin, files, withProgress) {
    // The cross-file analysis and the worker pool are loaded only for runs that use them: a
    // filter over stdin starts without either.
    if (ctx.settings.scope === 'files') {
        const { scopeFilesFlow, processScopeFiles } = await import('./process-scope-files.js');
        const flow = await scopeFilesFlow(ctx, files);
        const read = readInOrder(files, CONCURRENCY, async (file) => ({ path: file.path, read: await readFile(ctx, file) }));
        const reads = concat(stdin === undefined ? [] : [stdin], read);
        const passes = flow === 'two-pass' ? 2 : 1;
        return withProgress(passes * (files.length + (stdin === undefined ? 0 : 1)), (tick) => processScopeFiles(ctx, reads, flow, CONCURRENCY, tick));
    }
    const outcomes = [];
    if (stdin !== undefined)
        outcomes.push(await processRecord(ctx, stdin.read, stdin.path));
    // Without files there is nothing to load, but a bar asked for with --progress still shows.
    const each = files.length === 0 ? undefined : (await import('./process-each-file.js')).processEachFile;
    outcomes.push(...(await withProgress(files.length, async (tick) => (each === undefined ? [] : each(ctx, files, CONCURRENCY, tick)))));
    return { outcomes };
}
