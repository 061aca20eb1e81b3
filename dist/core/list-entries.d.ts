import type { DocumentModel } from './document.js';
/**
 * Whether two blocks stand in items of one Markdown list (see
 * `Block.list`): parallel entries (`major` sets minor and patch to 0 / `minor` sets patch to 0)
 * that only a copy of the same words can echo.
 */
export declare function inOneList(doc: DocumentModel, first: number, second: number): boolean;
/** Whether two blocks are notes of different items of one list (see `Block.item`). */
export declare function areParallelNotes(doc: DocumentModel, first: number, second: number): boolean;
