import type { Block, BlockColumns, Range } from './types.js';
import { UTF16_UNITS, type TextUnits } from './text-units.js';

/** Lines wider than this mean the text is not hard-wrapped: each line is a paragraph. */
const MAX_WRAP_WIDTH = 120;

/** Where the line starting at `start` breaks: the offset of its LF, or the end of the text. */
function lineBreak(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 ? text.length : newline;
}

/** The end of a line's content: before its line break, and before a CR ending it. */
const contentEnd = (text: string, start: number, breakAt: number): number =>
  breakAt > start && text.charCodeAt(breakAt - 1) === 0x0d ? breakAt - 1 : breakAt;

/**
 * The widest line of the text (UTF-16 units, line break excluded): its wrap width. It stops at
 * the first line too wide to wrap, since past that the width is not used.
 */
function widestLine(text: string, from: number, units: TextUnits): number {
  let widest = 0;
  for (let start = from; start < text.length && widest <= MAX_WRAP_WIDTH; ) {
    const end = lineBreak(text, start);
    widest = Math.max(widest, units.width(text, start, contentEnd(text, start, end)));
    start = end + 1;
  }
  return widest;
}

/**
 * Paragraph candidates as parallel columns of offsets (no object per line): `content` is the
 * trimmed prose, `lines` the whole lines from the first start to after the last line break.
 */
class Spans {
  readonly contentStart: number[] = [];
  readonly contentEnd: number[] = [];
  readonly linesStart: number[] = [];
  readonly linesEnd: number[] = [];

  add(contentStart: number, contentEnd: number, linesStart: number, linesEnd: number): void {
    this.contentStart.push(contentStart);
    this.contentEnd.push(contentEnd);
    this.linesStart.push(linesStart);
    this.linesEnd.push(linesEnd);
  }
}

/**
 * A run of non-blank lines waiting for its end, when it is decided whether the run is one
 * hard-wrapped paragraph (every line but the last is long for the wrap width) or one
 * paragraph per line.
 */
class Run {
  // Reused from run to run: `count` says how many entries are this run's.
  private readonly starts: number[] = [];
  /** Line widths, UTF-16 units. */
  private readonly widths: number[] = [];
  private readonly nexts: number[] = [];
  private readonly contentStarts: number[] = [];
  private readonly contentEnds: number[] = [];
  private count = 0;
  /** Whether every line so far but the last is long enough to be wrapped. */
  private wrapped = true;

  constructor(
    private readonly spans: Spans,
    readonly canWrap: boolean,
    private readonly minWrapped: number,
  ) {}

  /** @param width the line's width in UTF-16 units (only read when the text can wrap) */
  add(start: number, width: number, next: number, contentStart: number, contentEnd: number): void {
    // Unwrappable text (the usual scrape) needs no buffering: every line is a paragraph.
    if (!this.canWrap) {
      this.spans.add(contentStart, contentEnd, start, next);
      return;
    }
    const at = this.count++;
    if (at > 0 && this.widths[at - 1]! < this.minWrapped) this.wrapped = false;
    this.starts[at] = start;
    this.widths[at] = width;
    this.nexts[at] = next;
    this.contentStarts[at] = contentStart;
    this.contentEnds[at] = contentEnd;
  }

  flush(): void {
    const count = this.count;
    if (count >= 2 && this.canWrap && this.wrapped) {
      this.spans.add(this.contentStarts[0]!, this.contentEnds[count - 1]!, this.starts[0]!, this.nexts[count - 1]!);
    } else {
      for (let i = 0; i < count; i++) this.spans.add(this.contentStarts[i]!, this.contentEnds[i]!, this.starts[i]!, this.nexts[i]!);
    }
    this.count = 0;
    this.wrapped = true;
  }
}

/** Splits the text into lines and cuts the paragraph candidates out of them. */
function findSpans(text: string, from: number, units: TextUnits): Spans {
  const wrapWidth = widestLine(text, from, units);
  const spans = new Spans();
  const run = new Run(spans, wrapWidth <= MAX_WRAP_WIDTH, Math.max(30, 0.6 * wrapWidth));
  for (let start = from; start < text.length; ) {
    const lineEnd = lineBreak(text, start);
    const end = contentEnd(text, start, lineEnd);
    const next = Math.min(lineEnd + 1, text.length);
    let first = start;
    for (let space = 0; first < end && (space = units.spaceAt(text, first)) > 0; ) first += space;
    if (first === end) run.flush();
    else {
      let last = end;
      for (let space = 0; (space = units.spaceBefore(text, last)) > 0; ) last -= space;
      run.add(start, run.canWrap ? units.width(text, start, end) : 0, next, first, last);
    }
    start = next;
  }
  run.flush();
  return spans;
}

/**
 * Parses plain text into blocks: a paragraph is a non-empty line, or a blank-line-separated
 * run of lines when the text is hard-wrapped. Lines inside `<!-- unecho-ignore -->` regions
 * are no blocks. Offsets are UTF-16 indices into `text`; a leading BOM is outside every block.
 */
export function parseText(text: string): Block[] {
  return parseTextIn(text, UTF16_UNITS);
}

/** `parseText` over a text read in other units (see `parseTextColumns`). */
export function parseTextIn(text: string, units: TextUnits): Block[] {
  const columns = parseTextColumns(text, units);
  const blocks: Block[] = [];
  for (let index = 0; index < columns.count; index++) {
    blocks.push({
      index,
      kind: 'paragraph',
      content: { start: columns.contentStart[index]!, end: columns.contentEnd[index]! },
      removal: { start: columns.removalStart[index]!, end: columns.removalEnd[index]! },
    });
  }
  return blocks;
}

/**
 * The blocks `parseText` finds, as columns of offsets: no object per block, for callers that
 * take hundreds of thousands. Read in other units, a byte string of UTF-8 gives the blocks of
 * the text it encodes, with offsets in bytes.
 */
export function parseTextColumns(text: string, units: TextUnits): BlockColumns {
  const spans = findSpans(text, units.bomLength(text), units);
  const { contentStart, contentEnd, linesStart, linesEnd } = spans;
  const ignored = ignoredRegions(text, units.ignoreMarker);
  // Sized for every span; the ignored ones are left out.
  const columns = { count: 0, contentStart: new Int32Array(linesStart.length), contentEnd: new Int32Array(linesStart.length), removalStart: new Int32Array(linesStart.length), removalEnd: new Int32Array(linesStart.length) };
  let region = 0;
  for (let i = 0; i < linesStart.length; i++) {
    // Regions are sorted and disjoint, and so are spans: one sweep finds the overlaps.
    while (region < ignored.length && ignored[region]!.end <= linesStart[i]!) region++;
    if (region < ignored.length && ignored[region]!.start < linesEnd[i]!) continue;
    const at = columns.count++;
    columns.contentStart[at] = contentStart[i]!;
    columns.contentEnd[at] = contentEnd[i]!;
    columns.removalStart[at] = linesStart[i]!;
    columns.removalEnd[at] = removalEnd(text, spans, i);
  }
  return columns;
}

/**
 * The regions between `<!-- unecho-ignore -->` and `<!-- unecho-ignore-end -->`, markers
 * included, in text order; a start with no end protects the rest of the text.
 */
function ignoredRegions(text: string, markers: RegExp): Range[] {
  // Every marker opens an HTML comment; `<!--` is found faster than the longer name.
  if (!text.includes('<!--')) return [];
  const regions: Range[] = [];
  let open: number | undefined;
  for (const marker of text.matchAll(markers)) {
    const at = marker.index;
    if (marker[1] === undefined) open ??= at;
    else if (open !== undefined) {
      regions.push({ start: open, end: at + marker[0].length });
      open = undefined;
    }
  }
  if (open !== undefined) regions.push({ start: open, end: text.length });
  return regions;
}

/**
 * The end of the range to delete with span `index`, which starts where its lines do: after
 * its lines and the blank lines after it, so the next block moves up into its place. The last
 * span keeps the file's final line break; the planner then also takes the separator before it
 * (see `removalEdits`).
 */
function removalEnd(text: string, spans: Spans, index: number): number {
  if (index + 1 < spans.linesStart.length) return spans.linesStart[index + 1]!;
  const end = spans.linesEnd[index]!;
  return end - lineBreakLength(text, end);
}

function lineBreakLength(text: string, end: number): number {
  if (text[end - 1] !== '\n') return 0;
  return text[end - 2] === '\r' ? 2 : 1;
}
