import { analyzeSummaries, frequentKeys, pathOrder, segmentsToQuote } from '../core/analyze-files.js';
import { resolveAnalyzeOptions } from '../core/analyze-options.js';
import { textHash } from '../core/text-hash.js';
import { isWithin } from '../io/relative-path.js';
import { cleanEach } from './clean-each.js';
import { mapInOrder } from './map-in-order.js';
import { readInOrder } from './read-in-order.js';
import { searchDuplicates } from './search-duplicates.js';
import { finishRecord, processRecord, readFile } from './process-file.js';
/**
 * `--scope files`: summarises every input that was read (on worker threads for large input
 * sets, as the inputs are read), analyses the summaries together (boilerplate and duplicate
 * documents) and cleans every input, in one pass or two (see `ScopeFilesFlow`). The analysis
 * quotes the boilerplate it finds from one place of each distinct text, read again. Inputs that
 * could not be read keep their problem.
 * @param limit how many files are read again (in the second pass), or unreadable inputs
 *   reported, at the same time
 * @param tick called once per input and pass done
 */
export async function processScopeFiles(ctx, stream, flow, limit, tick) {
    const { settings } = ctx;
    // Per input, in input order: the read that failed, or the index of the file read in `held`.
    const inputs = [];
    const held = [];
    // Records being cleaned, by object: the text goes with the record once it is done.
    const indexOf = new Map();
    async function* readRecords() {
        for await (const item of stream) {
            if (!item.read.ok) {
                inputs.push({ failed: item });
                continue;
            }
            const { record } = item.read;
            indexOf.set(record, held.length);
            inputs.push({ held: held.length });
            held.push({ file: { path: item.path, absolute: record.absolute ?? '' }, ...(record.absolute === undefined ? { stdin: record } : {}) });
            yield record;
        }
    }
    const request = { summary: flow === 'two-pass' ? 'alone' : 'with-cleaning' };
    await cleanEach(ctx, readRecords(), () => request, async (record, { summary, textHash: hash, ...cleaned }) => {
        const index = indexOf.get(record);
        indexOf.delete(record);
        const file = held[index];
        file.summary = summary;
        if (flow === 'two-pass')
            file.textHash = hash;
        else
            file.outcome = await finishRecord(ctx, record, cleaned);
        tick();
    });
    const { analysis, changed } = await analyze(ctx, held);
    for (const index of changed) {
        const { file, outcome } = held[index];
        const problem = { code: 'FILE_CHANGED', path: file.path };
        held[index].outcome = outcome ? { ...outcome, status: 'error', problem } : { path: file.path, status: 'error', changes: [], problem };
        // The second pass leaves it out: its tick is here.
        if (flow === 'two-pass')
            tick();
    }
    if (flow === 'two-pass')
        await cleanAgain(ctx, held, settings.removeBoilerplate ? analysis.removable : new Map(), limit, tick);
    const passes = flow === 'two-pass' ? 2 : 1;
    const failed = await mapInOrder(inputs.flatMap((input) => ('failed' in input ? [input.failed] : [])), limit, ({ path, read }) => processRecord(ctx, read, path), () => {
        for (let pass = 0; pass < passes; pass++)
            tick();
    });
    let nextFailed = 0;
    return {
        outcomes: inputs.map((input) => ('held' in input ? held[input.held].outcome : failed[nextFailed++])),
        crossFile: findings(ctx, analysis),
    };
}
/**
 * The second pass of `two-pass` (see `ScopeFilesFlow`): reads every file again (`limit` at a
 * time, in order), cleans those that are as they were summarised, with their boilerplate
 * places, and finishes them. A file that changed in between, or can no longer be read, is not
 * written: its outcome says why. Files with an outcome already (changed before they were
 * quoted) are left as they are. With `--write`, a file linked to one written before it (a hard
 * link, rewritten in place) holds that file's cleaned text when it is read: it was cleaned with
 * it, and takes its changes.
 */
async function cleanAgain(ctx, held, boilerplate, limit, tick) {
    const pending = held.flatMap((file, index) => (file.outcome === undefined ? [index] : []));
    const reads = readInOrder(pending, limit, async (index) => ({ index, read: held[index].stdin ? undefined : await readFile(ctx, held[index].file) }));
    const indexOf = new Map();
    // Hashes of the texts written in place over files with other links, with their changes.
    const writtenLinked = new Map();
    async function* sameRecords() {
        for await (const { index, read } of reads) {
            const file = held[index];
            if (read === undefined) {
                indexOf.set(file.stdin, index);
                yield file.stdin;
                continue;
            }
            if (!read.ok) {
                file.outcome = await processRecord(ctx, read, file.file.path);
                tick();
                continue;
            }
            const { record } = read;
            const hash = textHash(record.text, 0, record.text.length);
            if (hash !== file.textHash) {
                const linked = record.hardLinks > 1 ? writtenLinked.get(hash) : undefined;
                const { path } = file.file;
                file.outcome = linked ? { path, status: 'changed', changes: linked } : { path, status: 'error', changes: [], problem: { code: 'FILE_CHANGED', path } };
                tick();
                continue;
            }
            indexOf.set(record, index);
            yield record;
        }
    }
    const requestOf = (record) => {
        const places = boilerplate.get(indexOf.get(record));
        return places === undefined ? {} : { boilerplate: places };
    };
    await cleanEach(ctx, sameRecords(), requestOf, async (record, cleaned) => {
        const index = indexOf.get(record);
        indexOf.delete(record);
        // Known before the write: a read of a linked file may come in while it runs.
        if (ctx.mode === 'write' && cleaned.changed && record.hardLinks > 1)
            writtenLinked.set(textHash(cleaned.after, record.bom ? 1 : 0, cleaned.after.length), cleaned.changes);
        held[index].outcome = await finishRecord(ctx, record, cleaned);
        tick();
    });
}
/**
 * The cross-file analysis of the summaries of `held`: the boilerplate quoted from the files read
 * again (see `readQuotes`), the duplicate search on two threads for large sets (see
 * `searchDuplicates`). The search starts first: while its worker builds the postings, this
 * thread finds the frequent keys and reads their quotes.
 * @returns the analysis, and the files (indices into `held`) that changed before they were quoted
 */
async function analyze(ctx, held) {
    const summarized = held.map(({ file, stdin, summary }) => ({ path: file.path, ...(stdin ? { text: stdin.text } : {}), summary: summary }));
    const options = analyzeOptions(ctx);
    const features = pathOrder(summarized).map((index) => summarized[index].summary.features);
    const search = searchDuplicates(ctx, features, resolveAnalyzeOptions(options).duplicateThreshold);
    // Awaited below; until then a failure of the search must not count as unhandled.
    search.catch(() => undefined);
    try {
        const frequent = frequentKeys(summarized, ctx.settings.boilerplateMinFiles);
        const quoted = await readQuotes(ctx, held.map(({ file }) => file), summarized, frequent);
        return { analysis: analyzeSummaries(summarized, options, quoted.quote, frequent, await search), changed: quoted.changed };
    }
    catch (error) {
        // Whichever failed, the quotes or the search, the search's worker stops before the error
        // is reported.
        await search.catch(() => undefined);
        throw error;
    }
}
function analyzeOptions({ settings }) {
    return { minFiles: settings.boilerplateMinFiles, minLength: settings.minLength, locale: settings.locale };
}
function findings({ settings }, analysis) {
    return { boilerplate: analysis.boilerplate, duplicates: analysis.duplicates, removeBoilerplate: settings.removeBoilerplate };
}
/**
 * The flow of a `--scope files` run (see `ScopeFilesFlow`): two passes where a file is written
 * over (`--write`, an `--out-dir` that holds inputs) or where cleaning waits on the analysis
 * (`--remove-boilerplate`).
 */
export async function scopeFilesFlow(ctx, files) {
    if (ctx.settings.removeBoilerplate || ctx.mode === 'write')
        return 'two-pass';
    if (ctx.mode !== 'out-dir' || ctx.outDir === undefined)
        return 'one-pass';
    // Inputs are resolved through links, so the folder is too (it may not exist yet).
    const outDir = await ctx.io.fs.realPath(ctx.outDir).catch(() => ctx.outDir);
    return files.some((file) => isWithin(outDir, file.absolute)) ? 'two-pass' : 'one-pass';
}
/**
 * Reads again the segments `segmentsToQuote` names (`frequent`: the key hashes of possible
 * boilerplate; from the held text for stdin) and keeps each text whose hash is still the one
 * summarised. A file that changed
 * in the meantime (or is gone) is set aside, and the texts it was to give are sought in other
 * files; what no file gives is left out of the analysis.
 * @returns the quotes by segment, and the files (indices into `files`) that changed
 */
async function readQuotes(ctx, files, summarized, frequent) {
    const texts = new Map();
    const changed = new Set();
    // Each round reads the files named for the texts still missing; a round that names no new
    // file (every place of those texts is in a changed file) is the last.
    for (;;) {
        const wanted = segmentsToQuote(summarized, frequent, changed).filter(({ file, segment }) => !texts.has(summarized[file].summary.segmentTextHashes[segment]));
        if (wanted.length === 0)
            break;
        const byFile = new Map();
        for (const { file, segment } of wanted) {
            const segments = byFile.get(file);
            if (segments)
                segments.push(segment);
            else
                byFile.set(file, [segment]);
        }
        for (const [file, segments] of byFile) {
            const { summary, text: held } = summarized[file];
            // Stdin's text is held; a file is read again.
            const read = held === undefined ? await readFile(ctx, files[file]) : undefined;
            const text = read === undefined ? held : read.ok ? read.record.text : undefined;
            const slices = segments.map((segment) => text?.slice(summary.segmentStarts[segment], summary.segmentEnds[segment]));
            const same = slices.every((slice, at) => slice !== undefined && textHash(slice, 0, slice.length) === summary.segmentTextHashes[segments[at]]);
            if (!same) {
                changed.add(file);
                continue;
            }
            slices.forEach((slice, at) => texts.set(summary.segmentTextHashes[segments[at]], slice));
        }
    }
    const quote = (file, segment) => (changed.has(file) ? undefined : texts.get(summarized[file].summary.segmentTextHashes[segment]));
    return { quote, changed };
}
