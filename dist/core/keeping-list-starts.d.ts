import type { Range } from './types.js';
/**
 * The marker of an ordered list item with the spaces after it (`1. `), when the item's text
 * starts on the marker's line.
 * @param item offset of the item's marker in `text` (UTF-16)
 * @returns UTF-16 offsets into `text`, or undefined for a bullet or an item opening on an empty line
 */
export declare function orderedMarker(text: string, item: number): Range | undefined;
/**
 * Removals that keep ordered Markdown lists at their start number. CommonMark numbers a list
 * from its first marker and ignores the others, so a removal that takes a list's first item
 * (marker and all) up to the marker of an item that stays would restart the list at that
 * item's number (`2.`). Only removals are allowed, so the first marker stays and the later one
 * goes instead: the first item's text up to the kept item's text (`1. b` `3. c`, read as 1, 2).
 * This holds for loose and tight lists, nested ones and `1)` markers. The kept item's further
 * lines stay where they were, so the first marker keeps no more spaces than the kept one had
 * (`1.  a` then `2. b` gives `1. b`); where even one space is too many (`10.` then `9.`), or the
 * removal does not end at an item of the same list, it is left as it was.
 * @param text the original text
 * @param ranges removals on `text`, sorted and apart (merged)
 * @param markers the first markers of ordered lists, with their spaces (see `Block.listStart`)
 * @returns the removals, sorted and apart; a removal that also took what stands before the
 *   list is cut in two around the marker
 */
export declare function keepingListStarts(text: string, ranges: readonly Range[], markers: readonly Range[]): Range[];
