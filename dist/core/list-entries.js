/**
 * Whether two blocks stand in items of one Markdown list (see
 * `Block.list`): parallel entries (`major` sets minor and patch to 0 / `minor` sets patch to 0)
 * that only a copy of the same words can echo.
 */
export function inOneList(doc, first, second) {
    const list = doc.blocks[first].block.list;
    return list !== undefined && first !== second && doc.blocks[second].block.list === list;
}
/** Whether two blocks are notes of different items of one list (see `Block.item`). */
export function areParallelNotes(doc, first, second) {
    const a = doc.blocks[first].block;
    const b = doc.blocks[second].block;
    return a.item !== undefined && b.item !== undefined && a.item !== b.item && a.list === b.list;
}
