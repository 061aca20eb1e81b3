import { applyEdits } from '../core/apply-edits.js';
import { cleanBlocks, cleanDocument } from '../core/clean-blocks.js';
import { buildDocument } from '../core/document.js';
import { mergeRemovals } from '../core/merge-removals.js';
import { planBoilerplateRemoval } from '../core/plan-boilerplate-removal.js';
import { withoutInert } from '../core/without-inert.js';
import { summarizeDocument } from '../core/summarize-document.js';
/** The blocks the engine sees: all but the boilerplate ones, numbered again from 0. */
function engineBlocks(blocks, gone) {
    if (gone.length === 0)
        return blocks;
    const goneSet = new Set(gone);
    return blocks.filter((block) => !goneSet.has(block.index)).map((block, index) => ({ ...block, index }));
}
/**
 * Cleans a text for `--scope files` (this module loads only there): with boilerplate to
 * remove, the engine cleans the other blocks and both sets of removals are applied together
 * (the result holds both in its text, edits and removed characters; its changes and other counts
 * are the engine's);
 * a summary is made from the same document the engine cleans, so asking for one costs little.
 * A summary alone comes without a result, and the text as it was.
 * @param options engine options with `locale` and `minLength` filled in
 */
export function cleanWithRequest(text, parsed, options, request) {
    // The summary's block numbers are those of the blocks the engine reads, in both passes.
    const blocks = withoutInert(parsed);
    if (request.boilerplate !== undefined && request.boilerplate.length > 0) {
        const removal = planBoilerplateRemoval(buildDocument(text, blocks, options.locale, options.minLength, 'all'), request.boilerplate);
        const engine = cleanBlocks(text, engineBlocks(blocks, removal.blocks), options);
        // One result for both: the engine's changes, and every removal with the text they leave.
        const edits = mergeRemovals(text, [...engine.edits, ...removal.edits]);
        const cleaned = applyEdits(text, edits);
        const stats = { ...engine.stats, removedChars: text.length - cleaned.length };
        return { result: { ...engine, text: cleaned, changed: cleaned !== text, edits, stats }, text: cleaned };
    }
    const sentences = options.unit !== 'paragraph';
    // A summary with sentences deals the words of the blocks left whole by where they end; a
    // summary alone has no cleaning to cut blocks for.
    const keepWordEnds = request.summary !== undefined && sentences;
    const doc = buildDocument(text, blocks, options.locale, options.minLength, request.summary === 'alone' ? 'none' : 'shared', keepWordEnds);
    const summarize = () => summarizeDocument(doc, options.locale, options.minLength, sentences);
    if (request.summary === 'alone')
        return { text, summary: summarize() };
    const result = cleanDocument(doc, options);
    return { result, text: result.text, ...(request.summary === 'with-cleaning' ? { summary: summarize() } : {}) };
}
