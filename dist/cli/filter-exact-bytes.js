import { planExactBytes } from '../core/clean-exact-bytes.js';
import { isExactOnly, resolveOptions } from '../core/options.js';
import { utf8Text } from '../io/byte-text.js';
import { cutBytes } from '../io/cut-bytes.js';
import { acceptsText, bomLength } from '../io/decode-text.js';
import { chooseParser } from './choose-parser.js';
import { engineOptions } from './clean-record.js';
/**
 * The exact-only filter over stdin's bytes: the output is the input with the echoes cut out,
 * so the input is never decoded nor the output encoded, and the outcome is the one the text
 * path gives. It declines other settings (another parser or engine, `--scope files`) and bytes
 * `decodeText` refuses; the usual path then gives the result, or the error.
 * @param path the stand-in name of stdin (or `--stdin-filepath`), which picks the parser
 * @returns the result, or undefined when the usual path must run
 */
export function filterExactBytes(path, bytes, settings) {
    const parser = chooseParser(settings.parser, path);
    const options = engineOptions(settings, parser);
    if (parser !== 'text' || settings.scope !== 'file' || !isExactOnly(resolveOptions(options)) || !acceptsText(bytes))
        return undefined;
    const skip = bomLength(bytes);
    const plan = planExactBytes(utf8Text(bytes.subarray(skip)), options);
    const outcome = plan.removals.length === 0 ? { path, status: 'unchanged', changes: [] } : { path, status: 'would-change', changes: plan.changes };
    return { outcome, output: cutBytes(bytes, plan.removals, skip) };
}
