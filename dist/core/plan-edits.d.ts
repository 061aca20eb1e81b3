import type { Edit, Range } from './types.js';
import type { DocumentModel } from './document.js';
import type { Plan } from './merge.js';
import { type TextUnits } from './text-units.js';
/**
 * Turns a plan into removals on the original text. A removed block takes its `removal` range;
 * a cut sentence takes the space after it (or before it, when it ends its block), so the
 * joins stay clean, and leaves the quotes, brackets and emphasis marks that pair with marks
 * outside it. When only whitespace follows a removal, the separator before it goes
 * instead, so the text keeps its final line break and gains no trailing blank lines.
 */
export declare function planEdits(doc: DocumentModel, plan: Plan): Edit[];
/** The first markers of ordered lists the blocks stand in (see `Block.listStart`). */
export declare function listStarts(blocks: readonly {
    readonly listStart?: Range;
}[]): Range[];
/**
 * Removals of (possibly overlapping) ranges as sorted, non-overlapping edits. When only
 * whitespace follows a removal, the separator before it goes instead, so the text keeps its
 * final line break and gains no trailing blank lines.
 * @param how.units how `text` is read (offsets are in its units); UTF-16 unless a byte string
 * @param how.starts the first markers of ordered Markdown lists, which removals keep (see
 *   `keepingListStarts`); UTF-16 offsets; none by default
 */
export declare function removalEdits(text: string, ranges: readonly Range[], how?: {
    readonly units?: TextUnits;
    readonly starts?: readonly Range[];
}): Edit[];
