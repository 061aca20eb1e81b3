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
