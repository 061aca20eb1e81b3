import type { Edit } from './types.js';

/**
 * Joins two sets of removals on the same text (the engine's and the boilerplate's) into one
 * sorted, non-overlapping set. Ranges that overlap or touch become one; a removal followed by
 * nothing but whitespace also takes the whitespace before it, so the text keeps its final line
 * break and gains no trailing blank lines (as `planEdits` does for one set).
 * @param edits removals (`text: ''`) with UTF-16 ranges into `text`, in any order
 */
export function mergeRemovals(text: string, edits: readonly Edit[]): Edit[] {
  const sorted = edits.map((edit) => edit.range).sort((x, y) => x.start - y.start || x.end - y.end);
  const joined: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else joined.push({ start: range.start, end: range.end });
  }
  // Only the last removal can be followed by nothing but whitespace; widening it may make it
  // reach the one before, which then is the last.
  for (let last = joined.pop(); last !== undefined; last = joined.pop()) {
    if (text.slice(last.end).trim() === '') {
      while (last.start > 0 && /\s/.test(text[last.start - 1]!)) last.start--;
    }
    const before = joined[joined.length - 1];
    if (before === undefined || last.start > before.end) {
      joined.push(last);
      break;
    }
    before.end = last.end;
  }
  return joined.map((range) => ({ range, text: '' }));
}
