import fc from 'fast-check';
import { parseText } from '../../src/core/parse-text.js';
import type { Block } from '../../src/core/types.js';

/** Each block as the text it points at: easier to read than offsets. */
const view = (text: string, blocks: readonly Block[]): { content: string; removal: string }[] =>
  blocks.map((b) => ({ content: text.slice(b.content.start, b.content.end), removal: text.slice(b.removal.start, b.removal.end) }));

const without = (text: string, b: Block): string => text.slice(0, b.removal.start) + text.slice(b.removal.end);

// Longer than 120 characters: the text cannot be hard-wrapped, so each line is a paragraph.
const LONG =
  'The city council approved the new budget on Tuesday after a six-hour debate in which residents packed the chamber to speak against library closures.';
const SHORT = 'Residents packed the chamber.';
const THIRD = 'The mayor said the vote was a compromise.';

describe('parseText: one paragraph per line', () => {
  const text = `${LONG}\n${SHORT}\n${THIRD}\n`;
  const blocks = parseText(text);

  it('makes each non-empty line a block, with exact ranges', () => {
    expect(blocks).toEqual([
      { index: 0, kind: 'paragraph', content: { start: 0, end: LONG.length }, removal: { start: 0, end: LONG.length + 1 } },
      {
        index: 1,
        kind: 'paragraph',
        content: { start: LONG.length + 1, end: LONG.length + 1 + SHORT.length },
        removal: { start: LONG.length + 1, end: LONG.length + 2 + SHORT.length },
      },
      {
        index: 2,
        kind: 'paragraph',
        content: { start: LONG.length + SHORT.length + 2, end: text.length - 1 },
        removal: { start: LONG.length + SHORT.length + 2, end: text.length - 1 },
      },
    ]);
  });

  it('removes a middle block with its line break', () => {
    expect(without(text, blocks[1]!)).toBe(`${LONG}\n${THIRD}\n`);
  });

  it('the last block keeps the final line break outside its removal', () => {
    expect(view(text, blocks)[2]).toEqual({ content: THIRD, removal: THIRD });
  });
});

describe('parseText: blank-line-separated paragraphs', () => {
  const text = `${SHORT}\n\n\n${THIRD}\n\n${LONG}\n`;

  it('makes each paragraph a block; removal takes the blank lines after it', () => {
    expect(view(text, parseText(text))).toEqual([
      { content: SHORT, removal: `${SHORT}\n\n\n` },
      { content: THIRD, removal: `${THIRD}\n\n` },
      { content: LONG, removal: LONG },
    ]);
  });

  it('treats whitespace-only lines as blank and trims the content', () => {
    const spaced = `  ${SHORT}  \n \t \n${THIRD}\n`;
    expect(view(spaced, parseText(spaced)).map((b) => b.content)).toEqual([SHORT, THIRD]);
  });
});

describe('parseText: hard-wrapped paragraphs', () => {
  const first = [
    'The city council approved the new budget on Tuesday after a six-hour',
    'debate in which residents packed the chamber to speak against plans to',
    'close two public libraries.',
  ];
  const second = [
    'The mayor said the compromise would keep both branches open on weekends',
    'while the city looks for a private partner to share the cost.',
  ];
  const text = `${first.join('\n')}\n\n${second.join('\n')}\n`;

  it('makes each wrapped paragraph one block spanning its lines', () => {
    expect(view(text, parseText(text))).toEqual([
      { content: first.join('\n'), removal: `${first.join('\n')}\n\n` },
      { content: second.join('\n'), removal: second.join('\n') },
    ]);
  });

  it('does not join a run whose lines are short for the wrap width (a list of headlines)', () => {
    const headlines = `${first[0]}\nMarkets close higher\nOil prices fall\n`;
    expect(parseText(headlines)).toHaveLength(3);
  });
});

describe('parseText: line endings and BOM', () => {
  it('keeps CR out of the content of CRLF lines', () => {
    const text = `${LONG}\r\n${SHORT}\r\n`;
    expect(view(text, parseText(text))).toEqual([
      { content: LONG, removal: `${LONG}\r\n` },
      { content: SHORT, removal: SHORT },
    ]);
  });

  it('keeps a BOM outside every block', () => {
    const text = `\ufeff${LONG}\n${SHORT}`;
    const blocks = parseText(text);
    expect(blocks[0]!.content.start).toBe(1);
    expect(blocks[0]!.removal.start).toBe(1);
    expect(view(text, blocks).map((b) => b.content)).toEqual([LONG, SHORT]);
  });

  it('handles a last line without a line break', () => {
    const text = `${LONG}\n${SHORT}`;
    expect(view(text, parseText(text))[1]).toEqual({ content: SHORT, removal: SHORT });
  });

  it('returns no blocks for an empty or blank text', () => {
    expect(parseText('')).toEqual([]);
    expect(parseText('\ufeff')).toEqual([]);
    expect(parseText('\n \n\r\n')).toEqual([]);
  });
});

describe('parseText: unecho-ignore regions', () => {
  it('makes no blocks of the lines inside a region, markers included', () => {
    const text = `${LONG}\n<!-- unecho-ignore -->\n${SHORT}\n<!-- unecho-ignore-end -->\n${THIRD}\n`;
    expect(view(text, parseText(text)).map((b) => b.content)).toEqual([LONG, THIRD]);
  });

  it('protects the rest of the text after a start with no end', () => {
    const text = `${LONG}\n<!--unecho-ignore-->\n${SHORT}\n${THIRD}\n`;
    expect(view(text, parseText(text)).map((b) => b.content)).toEqual([LONG]);
  });

  it('removes a block up to the next line even when that line is ignored', () => {
    const text = `${SHORT}\n<!-- unecho-ignore -->\n${THIRD}\n`;
    expect(view(text, parseText(text))).toEqual([{ content: SHORT, removal: `${SHORT}\n` }]);
  });
});

describe('parseText: whitespace', () => {
  it('treats lines of Unicode spaces as blank and trims them from the content', () => {
    const text = `\u00a0${SHORT}\u3000\n\u2028\u2003\t\n${THIRD}\u202f\r\n`;
    expect(view(text, parseText(text)).map((b) => b.content)).toEqual([SHORT, THIRD]);
  });
});

/**
 * The parser as first written, line objects and regexes, kept as the model the fast one
 * (char codes, no object per line) must agree with.
 */
function modelParse(text: string): Block[] {
  type Line = { start: number; end: number; next: number };
  const lines: Line[] = [];
  for (let start = text.startsWith('\ufeff') ? 1 : 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text[end - 1] === '\r') end--;
    lines.push({ start, end, next });
    start = next;
  }
  const wrapWidth = lines.reduce((widest, line) => Math.max(widest, line.end - line.start), 0);
  const runs: Line[][] = [[]];
  for (const line of lines) {
    if (text.slice(line.start, line.end).trim() === '') runs.push([]);
    else runs[runs.length - 1]!.push(line);
  }
  const wrapped = (run: Line[]): boolean =>
    run.length >= 2 && wrapWidth <= 120 && run.slice(0, -1).every((line) => line.end - line.start >= Math.max(30, 0.6 * wrapWidth));
  const spans = runs.flatMap((run) => (wrapped(run) ? [run] : run.map((line) => [line]))).map((group) => {
    let start = group[0]!.start;
    let end = group[group.length - 1]!.end;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { content: { start, end }, lines: { start: group[0]!.start, end: group[group.length - 1]!.next } };
  });
  const regions: { start: number; end: number }[] = [];
  let open: number | undefined;
  for (const marker of text.matchAll(/<!--\s*unecho-ignore(-end)?\s*-->/g)) {
    if (marker[1] === undefined) open ??= marker.index;
    else if (open !== undefined) {
      regions.push({ start: open, end: marker.index + marker[0].length });
      open = undefined;
    }
  }
  if (open !== undefined) regions.push({ start: open, end: text.length });
  const blocks: Block[] = [];
  spans.forEach((span, i) => {
    if (regions.some((region) => span.lines.start < region.end && region.start < span.lines.end)) return;
    const next = spans[i + 1];
    const end = span.lines.end;
    const lineBreak = text[end - 1] !== '\n' ? 0 : text[end - 2] === '\r' ? 2 : 1;
    const removal = next ? { start: span.lines.start, end: next.lines.start } : { start: span.lines.start, end: end - lineBreak };
    blocks.push({ index: blocks.length, kind: 'paragraph', content: span.content, removal });
  });
  return blocks;
}

describe('parseText: agrees with the line-object model', () => {
  it('on generated texts with CRLF, BOM, blank and space-only lines, wrapped runs and ignore markers', () => {
    const piece = fc.constantFrom(
      '\n', '\r\n', '\r', '\n\n', ' ', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', 'word', 'short line', SHORT, THIRD,
      'x'.repeat(45), 'y'.repeat(130), '<!-- unecho-ignore -->', '<!-- unecho-ignore-end -->', '<!--unecho-ignore-->', '<!--',
    );
    const text = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 30 })).map(([bom, parts]) => (bom ? '\ufeff' : '') + parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(parseText(value)).toEqual(modelParse(value));
      }),
      { seed: 11, numRuns: 5000 },
    );
  });
});
