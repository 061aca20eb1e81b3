import { resolveOptions } from './options.js';
import { exactKeyHash, sameExactKey } from './exact-key.js';
import { findRepeats } from './find-repeats.js';
import { listStarts, removalEdits } from './plan-edits.js';
import { applyEdits } from './apply-edits.js';
import { LineLocator } from './locate.js';
import { withoutInert } from './without-inert.js';
/**
 * The exact-only path (`threshold: 1`, `unit: 'paragraph'`): a block whose matching key equals
 * an earlier block's goes, and nothing else is compared. One pass over the text, hashing keys
 * without building strings, so it runs at the speed of reading. Containment, near matches
 * and sentences are the full engine's (`cleanBlocks` routes these options here).
 * @param text the original text
 * @param allBlocks its blocks (inert ones are left out)
 * @returns the clean text and the changes, as `cleanBlocks` returns them
 */
export function cleanExactBlocks(text, allBlocks, options = {}) {
    const { minLength } = resolveOptions(options);
    const blocks = withoutInert(allBlocks);
    const slice = (block) => text.slice(block.content.start, block.content.end);
    const removed = findRepeats(blocks.length, minLength, (index, facts) => exactKeyHash(text, blocks[index].content.start, blocks[index].content.end, facts), (kept, echo) => sameExactKey(slice(blocks[kept]), slice(blocks[echo])));
    const edits = removalEdits(text, removed.map(({ echo }) => blocks[echo].removal), { starts: listStarts(blocks) });
    const cleaned = applyEdits(text, edits);
    const locator = new LineLocator(text);
    const place = (block) => {
        const { start, end } = block.content;
        return { start, end, text: slice(block), ...locator.locate(start) };
    };
    return {
        text: cleaned,
        changed: cleaned !== text,
        changes: removed.map(({ echo, kept }) => repeatChange(place(blocks[echo]), place(blocks[kept]))),
        edits,
        stats: exactStats(blocks.length, removed.length, text.length - cleaned.length),
    };
}
/** The change of a block removed as a repeat of `kept`: `exact` when the two read alike. */
export function repeatChange(removed, kept) {
    return { kind: removed.text === kept.text ? 'exact' : 'near', unit: 'paragraph', rule: 'repeat', removed, kept, score: 1 };
}
/**
 * The counts of the exact-only path, which sees each block as one sentence.
 * @param removedChars UTF-16 code units removed
 */
export function exactStats(blocks, removedBlocks, removedChars) {
    return { blocks, removedBlocks, removedSentences: 0, removedChars };
}
