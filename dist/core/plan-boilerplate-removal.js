import { planEdits } from './plan-edits.js';
/**
 * Plans the removal of a document's boilerplate segments: whole blocks go with their
 * separators, sentences are cut out of the blocks that stay. A document whose every block
 * with evidence would go is left alone: a whole file is never deleted.
 * @param segments where the boilerplate segments of `doc` stand (whole blocks and sentences)
 */
export function planBoilerplateRemoval(doc, segments) {
    const removedBlocks = new Set();
    const cutSentences = new Map();
    for (const segment of segments) {
        if (segment.sentence < 0) {
            removedBlocks.add(segment.block);
            continue;
        }
        const cut = cutSentences.get(segment.block) ?? new Set();
        cut.add(segment.sentence);
        cutSentences.set(segment.block, cut);
    }
    for (const [block, cut] of cutSentences) {
        if (cut.size < doc.blocks[block].sentences.length)
            continue;
        cutSentences.delete(block);
        removedBlocks.add(block);
    }
    const removable = doc.blocks.some((model, index) => model.whole.evidence !== 'none' && !removedBlocks.has(index));
    if (!removable)
        return { removable, blocks: [], edits: [] };
    const plan = { removedBlocks, cutSentences, decisions: [] };
    return { removable, blocks: [...removedBlocks].sort((a, b) => a - b), edits: planEdits(doc, plan) };
}
