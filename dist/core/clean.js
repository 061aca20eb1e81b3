import { resolveOptions } from './options.js';
/**
 * Cleans one text: finds its echoes and removes them.
 * @param text the original text (any line endings, optional BOM)
 * @param options engine options; missing ones take their defaults
 * @returns the clean text, the changes, the edits on the original and counts
 */
export function clean(text, options = {}) {
    resolveOptions(options);
    // Placeholder until the engine lands: nothing is removed.
    return {
        text,
        changed: false,
        changes: [],
        edits: [],
        stats: { blocks: 0, sentences: 0, removedBlocks: 0, removedSentences: 0, removedChars: 0 },
    };
}
