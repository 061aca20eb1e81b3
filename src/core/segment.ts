import type { Range } from './types.js';

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

// A block with no sentence-ending mark before its last characters is one sentence; skipping
// the segmenter for those keeps it off the hot path (most scraped blocks are one sentence).
const INNER_TERMINATOR = /[.!?\u3002\uff01\uff1f\u061f\u06d4\u0964\u2026](?=.*\S)/su;

/**
 * Cuts `range` of `text` into sentences with `Intl.Segmenter`.
 * @returns sentence ranges (UTF-16 offsets into `text`), leading and trailing whitespace excluded
 */
export function segmentSentences(text: string, range: Range, locale: string): Range[] {
  const slice = text.slice(range.start, range.end);
  if (!INNER_TERMINATOR.test(slice)) return trimmed([{ start: 0, end: slice.length }], slice, range.start);
  const pieces: Range[] = [];
  for (const piece of sentenceSegmenter(locale).segment(slice)) {
    pieces.push({ start: piece.index, end: piece.index + piece.segment.length });
  }
  return trimmed(joinAbbreviations(pieces, slice), slice, range.start);
}

// The segmenter ends a sentence after `Mr.` or `Dr.`; a lone short word ending in a period
// is glued to what follows so that no removal can leave it orphaned.
const ABBREVIATION = /^\s*[\p{L}][\p{L}.]{0,4}\.\s*$/u;

function joinAbbreviations(pieces: readonly Range[], slice: string): Range[] {
  const joined: Range[] = [];
  let pending: Range | undefined;
  for (const piece of pieces) {
    const current = pending ? { start: pending.start, end: piece.end } : piece;
    pending = ABBREVIATION.test(slice.slice(piece.start, piece.end)) ? current : undefined;
    if (!pending) joined.push(current);
  }
  if (pending) joined.push(pending);
  return joined;
}

function trimmed(pieces: readonly Range[], slice: string, base: number): Range[] {
  const result: Range[] = [];
  for (const piece of pieces) {
    let { start, end } = piece;
    while (start < end && /\s/.test(slice[start]!)) start++;
    while (end > start && /\s/.test(slice[end - 1]!)) end--;
    if (end > start) result.push({ start: base + start, end: base + end });
  }
  return result;
}
