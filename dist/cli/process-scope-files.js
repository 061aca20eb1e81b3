import { analyzeSummaries } from '../core/analyze-files.js';
import { cleanEach } from './clean-each.js';
import { mapInOrder } from './map-in-order.js';
import { finishRecord, processRecord } from './process-file.js';
/**
 * `--scope files`: cleans every input that was read as usual and summarises it from the same
 * document (on worker threads for large input sets, as the inputs are read), analyses the summaries together
 * (boilerplate and duplicate documents), and with `--remove-boilerplate` cleans again the files
 * that hold boilerplate, taking it out too. Documents never outlive their file's cleaning, and
 * without `--remove-boilerplate` each file is written as soon as it is cleaned, so memory grows
 * with the texts and summaries, not with documents or results. Inputs that could not be read
 * keep their problem.
 * @param limit how many unreadable inputs are reported at the same time
 * @param tick called once per input done
 */
export async function processScopeFiles(ctx, stream, limit, tick) {
    const { settings } = ctx;
    const reads = [];
    // Cleaning starts while the rest is still being read.
    async function* readRecords() {
        for await (const item of stream) {
            reads.push(item);
            if (item.read.ok)
                yield item.read.record;
        }
    }
    const summaries = new Map();
    const outcomes = new Map();
    // Held only until the analysis says whether their boilerplate goes too.
    const waiting = new Map();
    const finish = async (record, cleaned) => {
        outcomes.set(record, await finishRecord(ctx, record, cleaned));
    };
    // Progress counts the first cleaning, the bulk of the work in either flow.
    await cleanEach(ctx, readRecords(), () => ({ summarize: true }), async (record, { summary, ...cleaned }) => {
        summaries.set(record, summary);
        if (settings.removeBoilerplate)
            waiting.set(record, cleaned);
        else
            await finish(record, cleaned);
        tick();
    });
    const records = reads.flatMap(({ read }) => (read.ok ? [read.record] : []));
    const summarized = records.map((record) => ({ path: record.path, text: record.text, summary: summaries.get(record) }));
    summaries.clear();
    const analysis = analyzeSummaries(summarized, { minFiles: settings.boilerplateMinFiles, minLength: settings.minLength, locale: settings.locale });
    if (settings.removeBoilerplate) {
        const placesOf = new Map(records.flatMap((record, index) => (analysis.removable.has(index) ? [[record, analysis.removable.get(index)]] : [])));
        const holders = [...placesOf.keys()];
        await cleanEach(ctx, holders, (record) => ({ boilerplate: placesOf.get(record) }), async (record, cleaned) => {
            waiting.set(record, cleaned);
        });
        for (const record of records)
            await finish(record, waiting.get(record));
    }
    const failed = await mapInOrder(reads.filter(({ read }) => !read.ok), limit, ({ path, read }) => processRecord(ctx, read, path), tick);
    let nextFailed = 0;
    return {
        outcomes: reads.map(({ read }) => (read.ok ? outcomes.get(read.record) : failed[nextFailed++])),
        crossFile: { boilerplate: analysis.boilerplate, duplicates: analysis.duplicates, removeBoilerplate: settings.removeBoilerplate },
    };
}
