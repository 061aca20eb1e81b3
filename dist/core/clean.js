import { resolveOptions } from './options.js';
import { parse } from './parse.js';
import { cleanBlocks } from './clean-blocks.js';
import { settle } from './settle.js';
/**
 * Cleans one text: parses it (`options.parser`), finds its echoes and removes them, keeping
 * one copy of everything. Pure: the same text and options always give the same result.
 * @param text the original text (any line endings, optional BOM); it is never rewritten
 *   outside the removed ranges
 * @param options engine options; missing ones take their defaults (see `DEFAULT_OPTIONS`)
 * @returns the clean text, the changes (in text order), the edits on the original and counts
 */
export function clean(text, options = {}) {
    const resolved = resolveOptions(options);
    const blocks = parse(text, resolved.parser);
    const first = cleanBlocks(text, blocks, resolved);
    return settle(text, blocks, first, (again) => parse(again, resolved.parser), (again, againBlocks) => cleanBlocks(again, againBlocks, resolved));
}
