import { analyzeFiles } from '../core/analyze-files.js';
import { chooseParser } from './choose-parser.js';
import { loadBlockParser } from './load-block-parser.js';
import { mapInOrder } from './map-in-order.js';
import { processRecord } from './process-file.js';
/**
 * `--scope files`: parses every input that was read, analyses them together (boilerplate and
 * duplicate documents), then cleans each one as usual, taking its boilerplate out as well when
 * `--remove-boilerplate` asks. Inputs that could not be read keep their problem.
 * @param limit how many inputs are cleaned and written at the same time
 * @param tick called once per input done
 */
export async function processScopeFiles(ctx, reads, limit, tick) {
    const blocks = new Map();
    const inputs = [];
    for (const { read } of reads) {
        if (!read.ok)
            continue;
        const { path, text } = read.record;
        const parse = await loadBlockParser(chooseParser(ctx.settings.parser, path));
        blocks.set(path, parse(text));
        inputs.push({ path, text, blocks: blocks.get(path) });
    }
    const { settings } = ctx;
    const analysis = analyzeFiles(inputs, { minFiles: settings.boilerplateMinFiles, minLength: settings.minLength, locale: settings.locale });
    const removals = new Map(settings.removeBoilerplate ? analysis.removals.map((removal) => [removal.path, removal]) : []);
    const outcomes = await mapInOrder(reads, limit, ({ path, read }) => {
        const prepared = read.ok ? { blocks: blocks.get(read.record.path), boilerplate: removals.get(read.record.path) } : undefined;
        return processRecord(ctx, read, path, prepared);
    }, tick);
    return {
        outcomes,
        crossFile: { boilerplate: analysis.boilerplate, duplicates: analysis.duplicates, removeBoilerplate: settings.removeBoilerplate },
    };
}
