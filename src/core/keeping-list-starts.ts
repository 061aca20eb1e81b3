import type { Range } from './types.js';

/** An ordered list marker with the spaces after it, up to the item's text on the same line (`1. `, `2) `). */
const ORDERED_MARKER = /^\d{1,9}([.)]) {1,4}(?=\S)/;

/** How far a marker with its spaces may reach: nine digits, a delimiter, four spaces, the text. */
const MARKER_REACH = 15;

/**
 * The marker of an ordered list item with the spaces after it (`1. `), when the item's text
 * starts on the marker's line.
 * @param item offset of the item's marker in `text` (UTF-16)
 * @returns UTF-16 offsets into `text`, or undefined for a bullet or an item opening on an empty line
 */
export function orderedMarker(text: string, item: number): Range | undefined {
  const found = ORDERED_MARKER.exec(text.slice(item, item + MARKER_REACH));
  return found === null ? undefined : { start: item, end: item + found[0].length };
}

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
export function keepingListStarts(text: string, ranges: readonly Range[], markers: readonly Range[]): Range[] {
  if (markers.length === 0) return [...ranges];
  const result: Range[] = [];
  for (const range of ranges) {
    const marker = markers.find((m) => m.start >= range.start && m.start < range.end && m.end <= range.end);
    const next = marker === undefined ? null : ORDERED_MARKER.exec(text.slice(range.end, range.end + MARKER_REACH));
    const first = marker === undefined ? null : ORDERED_MARKER.exec(text.slice(marker.start, marker.end + 1));
    // Only an item of the same list: same delimiter, same column.
    const same = next !== null && first !== null && next[1] === first[1] && column(text, range.end) === column(text, marker!.start);
    // The first marker keeps at most as many spaces as the kept item had, so the item's further
    // lines stay indented enough to stay in it; it needs one at least.
    const keep = same ? Math.min(first[0].length, next[0].length) : 0;
    if (!same || keep <= first[0].trimEnd().length) {
      result.push(range);
      continue;
    }
    if (range.start < marker!.start) result.push({ start: range.start, end: marker!.start });
    result.push({ start: marker!.start + keep, end: range.end + next[0].length });
  }
  return result;
}

/** 0-based column of an offset, in UTF-16 code units. */
function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
