import type { Edit, Range } from './types.js';
import type { DocumentModel } from './document.js';
import type { Plan } from './merge.js';
import { UTF16_UNITS, type TextUnits } from './text-units.js';
import { mapPacked } from './map-packed.js';

/**
 * Turns a plan into removals on the original text. A removed block takes its `removal` range;
 * a cut sentence takes the space after it (or before it, when it ends its block), so the
 * joins stay clean. When only whitespace follows a removal, the separator before it goes
 * instead, so the text keeps its final line break and gains no trailing blank lines.
 */
export function planEdits(doc: DocumentModel, plan: Plan): Edit[] {
  const ranges: Range[] = [];
  for (const index of plan.removedBlocks) ranges.push(doc.blocks[index]!.block.removal);
  for (const [index, cut] of plan.cutSentences) {
    const sentences = doc.blocks[index]!.sentences;
    sentences.forEach((sentence, i) => {
      if (!cut.has(i)) return;
      const next = sentences[i + 1];
      const previous = sentences[i - 1];
      if (next) ranges.push({ start: sentence.range.start, end: next.range.start });
      else if (previous) ranges.push({ start: previous.range.end, end: sentence.range.end });
    });
  }
  return removalEdits(doc.text, ranges);
}

/**
 * Removals of (possibly overlapping) ranges as sorted, non-overlapping edits. When only
 * whitespace follows a removal, the separator before it goes instead, so the text keeps its
 * final line break and gains no trailing blank lines.
 * @param units how `text` is read (offsets are in its units); UTF-16 unless a byte string
 */
export function removalEdits(text: string, ranges: readonly Range[], units: TextUnits = UTF16_UNITS): Edit[] {
  return mapPacked(mergeRanges(ranges), (range) => ({ range: extendOverTrailingSpace(text, range, units), text: '' }));
}

function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

function extendOverTrailingSpace(text: string, range: Range, units: TextUnits): Range {
  for (let at = range.end, space = 0; at < text.length; at += space) {
    space = units.spaceAt(text, at);
    if (space === 0) return range;
  }
  let start = range.start;
  for (let space = 0; (space = units.spaceBefore(text, start)) > 0; ) start -= space;
  return { start, end: range.end };
}
