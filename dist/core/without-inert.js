/**
 * The blocks the engine reads: all but the inert ones (see `Block.inert`), numbered again in
 * order. The same array when none is inert, as in plain text.
 */
export function withoutInert(blocks) {
    if (!blocks.some((block) => block.inert === true))
        return blocks;
    return blocks.filter((block) => block.inert !== true).map((block, index) => ({ ...block, index }));
}
/** The index among `blocks` of block `index` of `withoutInert(blocks)` (given as `read`). */
export function originalIndex(blocks, read, index) {
    if (read === blocks)
        return index;
    const { start } = read[index].content;
    return blocks.findIndex((block) => block.content.start === start);
}
