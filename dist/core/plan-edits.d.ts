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
/**
 * Removals of (possibly overlapping) ranges as sorted, non-overlapping edits. When only
 * whitespace follows a removal, the separator before it goes instead, so the text keeps its
 * final line break and gains no trailing blank lines.
 * @param units how `text` is read (offsets are in its units); UTF-16 unless a byte string
 */
export declare function removalEdits(text: string, ranges: readonly Range[], units?: TextUnits): Edit[];
